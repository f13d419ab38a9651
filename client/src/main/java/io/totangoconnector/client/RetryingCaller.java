package io.totangoconnector.client;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedPredicate;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one API call, retrying the transient failures with backoff. Failsafe decides whether to
 * retry (a retriable {@link TotangoApiException}, attempts left); this class computes each delay
 * and waits through the injected {@link Sleeper} at the start of the next attempt, because
 * Failsafe's own synchronous delays call {@code Thread.sleep} and would make tests slow and
 * nondeterministic. The policy therefore has no delay of its own.
 */
final class RetryingCaller {
  private static final Logger LOG = LoggerFactory.getLogger(RetryingCaller.class);
  private static final CheckedPredicate<Throwable> RETRIABLE =
      e -> e instanceof TotangoApiException t && t.retriable();

  private final int maxAttempts;
  private final Backoff backoff;
  private final Random random;
  private final Sleeper sleeper;
  private final RetryPolicy<Object> policy;

  RetryingCaller(ClientConfig config) {
    this.maxAttempts = config.maxAttempts();
    this.backoff = new Backoff(config.backoffInitial(), config.backoffMax());
    this.random = config.random();
    this.sleeper = config.sleeper();
    this.policy = RetryPolicy.builder().handleIf(RETRIABLE).withMaxAttempts(maxAttempts).build();
  }

  /** One attempt of the call; throws {@link TotangoApiException} on failure. */
  interface Attempt<T> {
    T run() throws InterruptedException;
  }

  /**
   * @throws TotangoApiException the first non-retriable failure, or, after the last attempt, one
   *     that says how many attempts failed and why the last one did
   */
  <T> T call(
      String endpoint, Attempt<T> attempt, SearchCounters counters, SearchListener listener) {
    try {
      return Failsafe.with(policy)
          .get(
              ctx -> {
                if (ctx.isRetry()) {
                  pause(ctx.getLastException(), ctx.getAttemptCount(), counters, listener);
                }
                return countingFailures(attempt, counters);
              });
    } catch (TotangoApiException e) {
      throw e.retriable() ? exhausted(e) : e;
    } catch (FailsafeException e) {
      if (e.getCause() instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw new ConnectorException("Interrupted while calling " + endpoint + ".", e.getCause());
      }
      throw e;
    }
  }

  private static <T> T countingFailures(Attempt<T> attempt, SearchCounters counters)
      throws InterruptedException {
    try {
      return attempt.run();
    } catch (RateLimitedException e) {
      counters.http429();
      throw e;
    }
  }

  private void pause(
      TotangoApiException failure, int failedAttempt, SearchCounters counters, SearchListener l)
      throws InterruptedException {
    Duration delay = backoff.delay(failedAttempt, random);
    if (failure instanceof RateLimitedException limited && !limited.serverWait().isZero()) {
      // Totango said when its budget frees: exactly then, never earlier; the exponential backoff
      // (up to twice the reset on a second 429 in a row) would only waste the budget.
      delay = limited.serverWait();
      if (delay.compareTo(MAX_SERVER_WAIT) > 0) {
        throw new TotangoApiException(
            "Totango asked to wait "
                + describe(delay)
                + " before the next call, more than the "
                + describe(MAX_SERVER_WAIT)
                + " a sync waits; another job may be using up this token's budget. Try again"
                + " later.",
            limited.status(),
            limited.endpoint(),
            limited.bodyExcerpt(),
            false);
      }
    }
    LOG.info(
        "Attempt {} of {} failed ({}); retrying in {}",
        failedAttempt,
        maxAttempts,
        failure.getMessage(),
        describe(delay));
    l.onRetry(failedAttempt, failure.getMessage(), delay);
    counters.retry();
    sleeper.sleep(delay);
  }

  private TotangoApiException exhausted(TotangoApiException last) {
    String what =
        maxAttempts == 1
            ? "The call to Totango failed"
            : String.format(Locale.ROOT, "Totango kept failing after %d attempts", maxAttempts);
    String advice =
        last.status() == 0
            ? "Check the address (--region or --base-url) and the network, or try again later, or"
                + " lower --page-size if replies time out."
            : "Try again later.";
    String message = what + ": " + last.getMessage() + ". " + advice;
    return new TotangoApiException(
        message, last.status(), last.endpoint(), last.bodyExcerpt(), true, last);
  }

  /** [ours] Longer than any rate window Totango documents: a reset beyond it is not a wait. */
  static final Duration MAX_SERVER_WAIT = Duration.ofMinutes(15);

  static String describe(Duration d) {
    return d.toMillis() < 1000
        ? d.toMillis() + " ms"
        : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
