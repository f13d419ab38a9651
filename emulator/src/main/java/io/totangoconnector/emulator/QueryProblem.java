package io.totangoconnector.emulator;

/** A query the emulator refuses; its message goes to the client in a 400's {@code _error}. */
final class QueryProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  QueryProblem(String message) {
    super(message, null, false, false);
  }
}
