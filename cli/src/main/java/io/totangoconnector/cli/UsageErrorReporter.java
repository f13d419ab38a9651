package io.totangoconnector.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Reports command-line mistakes. An attempt to pass a token as an argument gets its own message,
 * and the arguments are not echoed, so the token does not end up in a log as well as in shell
 * history.
 */
final class UsageErrorReporter implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    if (triedTokenArgument(args)) {
      cli.getErr()
          .println(
              "Error: an app token is never accepted on the command line. Set "
                  + TokenSource.ENV
                  + " or use --token-file FILE (or type it at the prompt).");
    } else {
      cli.getErr().println("Error: " + e.getMessage());
      cli.getErr().println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    cli.getErr().flush();
    return ExitCodes.USAGE;
  }

  private static boolean triedTokenArgument(String[] args) {
    for (String a : args) {
      String option = a.toLowerCase(Locale.ROOT);
      if ((option.startsWith("--token") || option.startsWith("--app-token"))
          && !option.startsWith("--token-file")) {
        return true;
      }
    }
    return false;
  }
}
