package io.totangoconnector.bench;

import java.util.ArrayList;
import java.util.List;

/** Something measured in nanoseconds; it may leave its own setup out of the time it returns. */
@FunctionalInterface
public interface Timed {
  long nanos() throws Exception;

  /** Times the whole of {@code work}. */
  static Timed of(Work work) {
    return () -> {
      long start = System.nanoTime();
      work.run();
      return System.nanoTime() - start;
    };
  }

  /** Work without a result. */
  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  /**
   * Runs {@code warmups} unrecorded rounds, then {@code reps} rounds of subject and baseline, in
   * alternating order so that drift (JIT, caches, a busy neighbour) spreads over both.
   *
   * @return per round, the subject's time divided by the baseline's (lower is better)
   */
  static List<Double> costRatios(int warmups, int reps, Timed subject, Timed baseline)
      throws Exception {
    for (int i = 0; i < warmups; i++) {
      subject.nanos();
      baseline.nanos();
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < reps; i++) {
      long s;
      long b;
      if (i % 2 == 0) {
        s = measured(subject);
        b = measured(baseline);
      } else {
        b = measured(baseline);
        s = measured(subject);
      }
      ratios.add((double) s / b);
    }
    return ratios;
  }

  /** Starts from a collected heap, so that neither side pays for the other's garbage. */
  private static long measured(Timed timed) throws Exception {
    System.gc();
    return timed.nanos();
  }

  /** As {@link #costRatios}, inverted: the subject's speed as a share of the baseline's. */
  static List<Double> speedRatios(int warmups, int reps, Timed subject, Timed baseline)
      throws Exception {
    return costRatios(warmups, reps, subject, baseline).stream().map(r -> 1 / r).toList();
  }
}
