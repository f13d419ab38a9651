package io.totangoconnector.client;

/**
 * Totango answered with an error, an unusable body, or not at all (after the retries allowed).
 * Carries the HTTP status (0 when there was no answer), the endpoint and a short excerpt of the
 * body; never the token.
 */
public class TotangoApiException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String endpoint;
  private final String bodyExcerpt;
  private final boolean retriable;

  public TotangoApiException(
      String message, int status, String endpoint, String bodyExcerpt, boolean retriable) {
    super(message);
    this.status = status;
    this.endpoint = endpoint;
    this.bodyExcerpt = bodyExcerpt;
    this.retriable = retriable;
  }

  public TotangoApiException(
      String message,
      int status,
      String endpoint,
      String bodyExcerpt,
      boolean retriable,
      Throwable cause) {
    super(message, cause);
    this.status = status;
    this.endpoint = endpoint;
    this.bodyExcerpt = bodyExcerpt;
    this.retriable = retriable;
  }

  /** The HTTP status, or 0 when no response arrived (timeout, reset). */
  public int status() {
    return status;
  }

  public String endpoint() {
    return endpoint;
  }

  /** At most a few hundred characters of the body; may be empty. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /** Whether trying the same call again may succeed. */
  public boolean retriable() {
    return retriable;
  }
}
