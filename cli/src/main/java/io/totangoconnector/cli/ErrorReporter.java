package io.totangoconnector.cli;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failure as one or two plain sentences on stderr (the stack trace only with {@code
 * --verbose}) and returns its exit code.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    int code = ExitCodes.of(e);
    var err = cli.getErr();
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (code == ExitCodes.INTERNAL) {
      err.println("Unexpected error: " + message + ". Run again with --verbose for details.");
    } else {
      err.println("Error: " + message);
    }
    err.flush();
    if (verbose(parsed)) {
      LoggerFactory.getLogger(ErrorReporter.class).error("Stack trace", e);
    }
    return code;
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
