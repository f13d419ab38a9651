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
    Samples live = new Samples();
    Thread sampler = new Thread(() -> sample(live), "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    ClientConfig client = Syncs.unthrottled(url);
    long rows = Syncs.users(client, sink, UpdateMode.REPLACE).rows();
    sampler.interrupt();
    sampleOnce(live);
    System.out.printf(
        "rows=%d liveHeap=%d usedAfterGc=%d poolPeaks=%d%n",
        rows, live.live.get(), live.usedAfter.get(), poolPeaks());
    System.exit(0);
  }

  /** The largest samples of both measures. */
  private static final class Samples {
    final AtomicLong live = new AtomicLong();
    final AtomicLong usedAfter = new AtomicLong();
  }

  private static void sample(Samples live) {
    while (!Thread.currentThread().isInterrupted()) {
      sampleOnce(live);
      try {
        Thread.sleep(SAMPLE_MILLIS); // a sampler in a benchmark child, not a test
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * The live heap is what the full GC itself left in the heap pools (their collection usage). The
   * heap's used size read after {@code System.gc()} returns is kept for comparison: it also counts
   * what the sync's threads allocated in between, buffers handed out to them included, which grows
   * with how busy they are (in a long run, always), not with the data kept.
   */
  private static void sampleOnce(Samples samples) {
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long live = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        live += pool.getCollectionUsage().getUsed();
      }
    }
    samples.live.accumulateAndGet(live, Math::max);
    samples.usedAfter.accumulateAndGet(used, Math::max);
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
