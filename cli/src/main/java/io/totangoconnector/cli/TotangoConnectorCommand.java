package io.totangoconnector.cli;

import picocli.CommandLine.Command;

/** {@code totango-connector}: the parent of every subcommand. */
@Command(
    name = "totango-connector",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Brings Totango accounts and users into your own database.",
    subcommands = {SyncCommand.class, DemoCommand.class, EmulatorCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "2:bad usage or bad query",
      "3:authentication refused",
      "4:Totango unreachable or failing after retries",
      "5:destination failure"
    })
final class TotangoConnectorCommand {}
