package io.totangoconnector.client;

/**
 * The root of the connector's own failures. Messages are one or two plain sentences that say what
 * went wrong and what to do; they never contain an app token.
 */
public class ConnectorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConnectorException(String message) {
    super(message);
  }

  public ConnectorException(String message, Throwable cause) {
    super(message, cause);
  }
}
