package io.totangoconnector.cli;

import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import picocli.CommandLine;

/** The runnable jar's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    warmUpTls();
    System.exit(run(args));
  }

  /**
   * The JDK's HTTP client builds the default TLS context when it is created, even for a plain
   * http:// URL; that takes about a tenth of a second, which a second core can spend while the
   * command line is parsed and the query read.
   */
  private static void warmUpTls() {
    Thread t =
        new Thread(
            () -> {
              try {
                SSLContext.getDefault();
              } catch (NoSuchAlgorithmException e) {
                // the client will report it when it needs TLS
              }
            },
            "tls-warm-up");
    t.setDaemon(true);
    t.start();
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
