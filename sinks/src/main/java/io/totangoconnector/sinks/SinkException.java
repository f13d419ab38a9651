package io.totangoconnector.sinks;

/** The destination could not be reached, prepared or written. The message names the destination. */
public class SinkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SinkException(String message) {
    super(message);
  }

  public SinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
