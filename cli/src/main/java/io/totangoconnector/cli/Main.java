package io.totangoconnector.cli;

import picocli.CommandLine;

/** The runnable jar's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    WarmUp.start();
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; never calls {@code System.exit}. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new TotangoConnectorCommand());
    cli.setExecutionExceptionHandler(new ErrorReporter());
    cli.setParameterExceptionHandler(new UsageErrorReporter());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
