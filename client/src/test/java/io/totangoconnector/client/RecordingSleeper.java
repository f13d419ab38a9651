package io.totangoconnector.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that returns at once, moving a {@link SettableClock} on and recording each wait. */
public final class RecordingSleeper implements Sleeper {
  private final SettableClock clock;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  public RecordingSleeper(SettableClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration d) {
    waits.add(d);
    clock.advance(d);
  }

  public List<Duration> waits() {
    return List.copyOf(waits);
  }

  public Duration total() {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
