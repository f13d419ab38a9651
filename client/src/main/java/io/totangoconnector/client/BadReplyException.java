package io.totangoconnector.client;

/** A reply that parsed as JSON but is not a successful search result; says what it lacks. */
final class BadReplyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadReplyException(String reason) {
    super(reason);
  }
}
