package io.totangoconnector.bench;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.Fault;
import io.totangoconnector.emulator.RecordedRequest;
import io.totangoconnector.sinks.UpdateMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * B7: after a 429 whose headers say "come back in 1 s" (Retry-After and RateLimit-Reset), the time
 * until the client's next call arrives, against that 1 s; for a single 429 and for the second of
 * two in a row.
 */
final class RecoveryBench implements Bench {
  private static final Duration RESET = Duration.ofSeconds(1);
  private static final int TIMES = 5;

  @Override
  public String id() {
    return "B7";
  }

  @Override
  public String title() {
    return "429 recovery against the reset header";
  }

  @Override
  public List<Figure> run() throws Exception {
    try (Emulator emulator = Emulators.users(10_000)) {
      // One page at a time: with pages fetched ahead, calls sent before the 429 came back would
      // arrive after it and hide the wait (that every thread is held is a unit test's job).
      ClientConfig client =
          Syncs.client(
              emulator.baseUrl(), b -> b.rateLimit(1_000_000, Duration.ofSeconds(1)).readAhead(0));
      Samples single = waitsAfter(emulator, client, 1);
      Samples second = waitsAfter(emulator, client, 2);
      return List.of(
          Figure.of(
              "B7 wait after a 429",
              "the header's 1 s",
              single,
              Target.within(1.0, 1.1),
              TIMES + " scripted 429s, each followed by a normal answer"),
          Figure.of(
              "B7 wait after a 2nd 429 in a row",
              "the header's 1 s",
              second,
              Target.within(1.0, 1.1),
              TIMES + " scripted pairs of 429s"));
    }
  }

  /**
   * Scripts {@link #TIMES} runs of {@code inARow} 429s into one sync, each run after a normal call;
   * returns, for the last 429 of each run, the time to the next call over the reset.
   */
  private static Samples waitsAfter(Emulator emulator, ClientConfig client, int inARow) {
    int first = emulator.callCount() + 1;
    List<Integer> measured = new ArrayList<>();
    int call = first + 1;
    for (int t = 0; t < TIMES; t++) {
      for (int i = 0; i < inARow; i++) {
        emulator.script(call + i, Fault.http429(RESET));
      }
      measured.add(call + inARow - 1);
      call += inARow + 1;
    }
    Syncs.users(client, new NullSink(), UpdateMode.REPLACE);
    Map<Integer, RecordedRequest> byNumber =
        emulator.requests().stream()
            .collect(Collectors.toMap(RecordedRequest::callNumber, Function.identity()));
    List<Double> ratios = new ArrayList<>();
    for (int n : measured) {
      if (byNumber.get(n).status() != 429) {
        throw new IllegalStateException("call " + n + " was not the scripted 429");
      }
      Duration gap =
          Duration.between(byNumber.get(n).receivedAt(), byNumber.get(n + 1).receivedAt());
      ratios.add(gap.toNanos() / (double) RESET.toNanos());
    }
    return Samples.of(ratios);
  }
}
