package io.totangoconnector.cli;

import io.totangoconnector.client.AuthenticationException;
import io.totangoconnector.client.ConnectorException;
import io.totangoconnector.client.query.QueryException;
import io.totangoconnector.core.ConfigException;
import io.totangoconnector.sinks.DestinationSyntaxException;
import io.totangoconnector.sinks.SinkException;

/** The command line's exit codes, and the one place that maps failures to them. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int AUTHENTICATION = 3;
  static final int TOTANGO = 4;
  static final int DESTINATION = 5;

  private ExitCodes() {}

  static int of(Throwable e) {
    if (e instanceof QueryException
        || e instanceof ConfigException
        || e instanceof UsageException
        || e instanceof DestinationSyntaxException) {
      return USAGE;
    }
    if (e instanceof AuthenticationException) {
      return AUTHENTICATION;
    }
    if (e instanceof SinkException) {
      return DESTINATION;
    }
    if (e instanceof ConnectorException) {
      return TOTANGO;
    }
    return INTERNAL;
  }
}
