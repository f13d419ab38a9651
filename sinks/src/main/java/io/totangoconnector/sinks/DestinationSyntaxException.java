package io.totangoconnector.sinks;

/**
 * A destination URI that cannot be understood: a usage error (the command line maps it to exit code
 * 2, unlike other {@link SinkException}s). The message names the part that is wrong and the forms
 * that are accepted.
 */
public class DestinationSyntaxException extends SinkException {
  private static final long serialVersionUID = 1L;

  public DestinationSyntaxException(String message) {
    super(message);
  }
}
