package io.totangoconnector.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what a search reported, for assertions. */
public final class RecordingListener implements SearchListener {
  /** One {@link SearchListener#onRetry} call. */
  public record Retry(int attempt, String reason, Duration delay) {}

  private final List<Retry> retries = new CopyOnWriteArrayList<>();
  private final List<Duration> rateLimitWaits = new CopyOnWriteArrayList<>();

  @Override
  public void onRetry(int attempt, String reason, Duration delay) {
    retries.add(new Retry(attempt, reason, delay));
  }

  @Override
  public void onRateLimitWait(Duration wait) {
    rateLimitWaits.add(wait);
  }

  public List<Retry> retries() {
    return List.copyOf(retries);
  }

  public List<String> reasons() {
    return retries.stream().map(Retry::reason).toList();
  }

  public List<Duration> delays() {
    return retries.stream().map(Retry::delay).toList();
  }

  public List<Duration> rateLimitWaits() {
    return List.copyOf(rateLimitWaits);
  }
}
