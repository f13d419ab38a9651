package io.totangoconnector.bench;

import io.totangoconnector.emulator.Emulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * B8: the live heap of a child JVM syncing 1,000,000 users against one syncing 10,000, both with
 * {@code -Xmx256m}; then the 1,000,000 again with {@code -Xmx128m}, which must succeed.
 */
final class HeapBench implements Bench {
  private static final int SMALL = 10_000;
  private static final int LARGE = 1_000_000;
  private static final int SMALL_REPS = 3;

  @Override
  public String id() {
    return "B8";
  }

  @Override
  public String title() {
    return "peak heap, 10k against 1M records";
  }

  @Override
  public List<Figure> run() throws Exception {
    Path dir = Files.createTempDirectory("bench-b8");
    List<ChildJvm.Result> small = new ArrayList<>();
    ChildJvm.Result large;
    ChildJvm.Result tight;
    try (Emulator emulator = Emulators.users(SMALL)) {
      for (int r = 0; r < SMALL_REPS; r++) {
        small.add(child(emulator, "256m", dir.resolve("s" + r + ".duckdb"), true));
      }
    }
    // 15,000 never-active users: one group, read by id
    try (Emulator emulator = Emulators.users(LARGE, b -> b.neverActiveUsers(15_000))) {
      large = child(emulator, "256m", dir.resolve("l.duckdb"), true);
      tight = child(emulator, "128m", dir.resolve("t.duckdb"), false);
    }
    return figures(small, large, tight, "1M in one sync");
  }

  private static List<Figure> figures(
      List<ChildJvm.Result> small, ChildJvm.Result large, ChildJvm.Result tight, String how) {
    long largeLive = large.value("liveHeap");
    List<Double> ratios = new ArrayList<>();
    for (ChildJvm.Result s : small) {
      ratios.add(largeLive / (double) s.value("liveHeap"));
    }
    boolean tightOk = tight.exitCode() == 0 && tight.value("rows") == LARGE;
    if (!tightOk) {
      System.out.println("the -Xmx128m child failed:\n" + tight.output());
    }
    String note =
        String.format(
            Locale.ROOT,
            "%s; live heap (what a full GC leaves, sampled every 20 ms) 10k %s MB, 1M %s MB;"
                + " heap used just after the GC, incl. what other threads allocated meanwhile,"
                + " 10k %s MB, 1M %s MB; heap pools' peaks incl. garbage 10k %s MB, 1M %s MB;"
                + " -Xmx128m: %s",
            how,
            mb(small.stream().mapToLong(s -> s.value("liveHeap")).max().orElseThrow()),
            mb(largeLive),
            mb(small.stream().mapToLong(s -> s.value("usedAfterGc")).max().orElseThrow()),
            mb(large.value("usedAfterGc")),
            mb(small.stream().mapToLong(s -> s.value("poolPeaks")).max().orElseThrow()),
            mb(large.value("poolPeaks")),
            tightOk ? "1M rows, live heap " + mb(tight.value("liveHeap")) + " MB" : "FAILED");
    return List.of(
        Figure.of(
                "B8 live heap, 1M records",
                "live heap, 10k records",
                Samples.of(ratios),
                Target.atMost(1.2),
                note)
            .and(tightOk, "1M ok at -Xmx128m (" + (tightOk ? "yes" : "no") + ")"));
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
  }

  private static ChildJvm.Result child(
      Emulator emulator, String heap, Path file, boolean mustSucceed) throws Exception {
    ChildJvm.Result r =
        ChildJvm.run(
            ChildJvm.onClassPath(
                List.of("-Xmx" + heap, "-XX:+UseG1GC"),
                HeapChild.class.getName(),
                List.of(emulator.baseUrl().toString(), file.toString())),
            Map.of());
    if (mustSucceed && r.exitCode() != 0) {
      throw new IllegalStateException(
          "the child JVM failed (" + r.exitCode() + "):\n" + r.output());
    }
    return r;
  }
}
