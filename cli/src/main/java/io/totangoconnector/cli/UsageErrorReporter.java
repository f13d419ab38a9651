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
      String message =
          e instanceof CommandLine.UnmatchedArgumentException unmatched
              ? unknown(unmatched.getUnmatched())
              : e.getMessage();
      cli.getErr().println("Error: " + message);
      cli.getErr().println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    cli.getErr().flush();
    return ExitCodes.USAGE;
  }

  private static boolean triedTokenArgument(String[] args) {
    for (String a : args) {
      String option = a.toLowerCase(Locale.ROOT).replace('_', '-');
      if (option.startsWith("-")
          && option.contains("token")
          && !option.startsWith("--token-file")) {
        return true;
      }
    }
    return false;
  }

  /** Names the unknown options only: a stray value could be a secret pasted in the wrong place. */
  private static String unknown(java.util.List<String> unmatched) {
    java.util.List<String> options =
        unmatched.stream().filter(a -> a.startsWith("-")).map(a -> a.split("=", 2)[0]).toList();
    int others = unmatched.size() - options.size();
    String named = options.isEmpty() ? "" : "Unknown option " + String.join(", ", options);
    String rest =
        others == 0
            ? ""
            : others + " unexpected argument" + (others == 1 ? "" : "s") + " (not shown)";
    return (named.isEmpty() ? rest : rest.isEmpty() ? named : named + " and " + rest) + ".";
  }
}
