package io.totangoconnector.client;

import java.time.Duration;

/** Totango answered 429: too many calls for this token. Retriable after {@link #serverWait()}. */
final class RateLimitedException extends TotangoApiException {
  private static final long serialVersionUID = 1L;

  private final transient Duration serverWait;

  RateLimitedException(String message, String endpoint, String bodyExcerpt, Duration serverWait) {
    super(message, 429, endpoint, bodyExcerpt, true);
    this.serverWait = serverWait;
  }

  /** The wait the reply's reset headers asked for; zero when they said nothing. */
  Duration serverWait() {
    return serverWait;
  }
}
