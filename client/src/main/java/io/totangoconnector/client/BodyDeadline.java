package io.totangoconnector.client;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closes a reply body that is still being read when the request's time is up. The JDK client's
 * request timeout stops at the headers; without this, a server that sends half a body and then
 * nothing would hold a sync forever. Closing the stream wakes the blocked read, which then fails.
 */
final class BodyDeadline implements AutoCloseable {
  private final AtomicBoolean expired = new AtomicBoolean();
  private final ScheduledFuture<?> timer;

  BodyDeadline(ScheduledExecutorService timers, InputStream body, Duration remaining) {
    this.timer =
        timers.schedule(() -> expire(body), Math.max(1, remaining.toNanos()), TimeUnit.NANOSECONDS);
  }

  private void expire(InputStream body) {
    expired.set(true);
    try {
      body.close();
    } catch (IOException e) {
      // the reader fails either way; nothing to add
    }
  }

  /** Whether the body was closed because time ran out. */
  boolean expired() {
    return expired.get();
  }

  @Override
  public void close() {
    timer.cancel(false);
  }
}
