package io.totangoconnector.cli;

/**
 * The command line was wrong in a way picocli cannot see (options that conflict, a missing token).
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
