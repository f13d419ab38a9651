package io.totangoconnector.bench;

import io.totangoconnector.core.SyncSummary;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.sinks.UpdateMode;
import java.util.List;
import java.util.Locale;

/**
 * B9: the calls one sync of 120,000 users makes (reading past the 10,000-record cap of one query),
 * against the fewest possible, ⌈N/1000⌉. Shows "pending (issue 4)" while the client refuses.
 */
final class CapBench implements Bench {
  private static final int USERS = 120_000;

  @Override
  public String id() {
    return "B9";
  }

  @Override
  public String title() {
    return "calls past the cap against N/1000";
  }

  @Override
  public List<Figure> run() throws Exception {
    String name = "B9 calls for 120k users";
    String baseline = "ceil(N/1000) = 120";
    Target target = Target.atMost(1.10);
    try (Emulator emulator = Emulators.users(USERS)) {
      SyncSummary s =
          Syncs.users(Syncs.unthrottled(emulator.baseUrl()), new NullSink(), UpdateMode.REPLACE);
      if (s.rows() != USERS) {
        throw new IllegalStateException("synced " + s.rows() + " of " + USERS + " users");
      }
      int minimum = (USERS + 999) / 1000;
      return List.of(
          Figure.of(
              name,
              baseline,
              Samples.single(emulator.callCount() / (double) minimum),
              target,
              String.format(
                  Locale.ROOT,
                  "%d calls received by the emulator, %d counted by the client",
                  emulator.callCount(),
                  s.calls())));
    }
  }
}
