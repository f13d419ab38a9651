package io.totangoconnector.bench;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.sinks.Destinations;
import io.totangoconnector.sinks.Sink;
import io.totangoconnector.sinks.UpdateMode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child JVM of B8: syncs the bench's users query from the emulator at {@code url} into a DuckDB
 * table while a sampler measures the live heap (used right after a full GC) every 20 ms. Prints
 * {@code rows=}, {@code liveHeap=} (the largest sample) and {@code poolPeaks=} (the sum of the heap
 * pools' peak usage, garbage included). Arguments: {@code url duckdbFile}.
 */
public final class HeapChild {
  /**
   * Often enough that even the short 10k run is sampled dozens of times: with few samples its peak
   * (the pages in flight) was often missed, which made the 1M run look larger than it is.
   */
  private static final int SAMPLE_MILLIS = 20;

  private HeapChild() {}

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    Sink sink = Destinations.parse("duckdb:" + args[1] + "#users");
    AtomicLong live = new AtomicLong();
    Thread sampler = new Thread(() -> sample(live), "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    ClientConfig client = Syncs.unthrottled(url);
    long rows = Syncs.users(client, sink, UpdateMode.REPLACE).rows();
    sampler.interrupt();
    sampleOnce(live);
    System.out.printf("rows=%d liveHeap=%d poolPeaks=%d%n", rows, live.get(), poolPeaks());
    System.exit(0);
  }

  private static void sample(AtomicLong live) {
    while (!Thread.currentThread().isInterrupted()) {
      sampleOnce(live);
      try {
        Thread.sleep(SAMPLE_MILLIS); // a sampler in a benchmark child, not a test
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static void sampleOnce(AtomicLong live) {
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    live.accumulateAndGet(used, Math::max);
  }

  private static long poolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
