package io.totangoconnector.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** {@code --verbose} and {@code --quiet}, shared by every command. */
final class LoggingOptions {
  @Option(
      names = "--verbose",
      description = "Log more detail, and show stack traces on failure.",
      scope = picocli.CommandLine.ScopeType.INHERIT)
  boolean verbose;

  @Option(
      names = "--quiet",
      description = "Print only warnings, errors and the final summary.",
      scope = picocli.CommandLine.ScopeType.INHERIT)
  boolean quiet;

  void apply() {
    WarmUp.awaitLogging();
    Logger ours = (Logger) LoggerFactory.getLogger("io.totangoconnector");
    ours.setLevel(verbose ? Level.DEBUG : quiet ? Level.WARN : Level.INFO);
  }
}
