package io.totangoconnector.cli;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.client.Region;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.query.ImportedQuery;
import io.totangoconnector.client.query.QueryImport;
import io.totangoconnector.core.SyncRequest;
import io.totangoconnector.core.SyncRunner;
import io.totangoconnector.core.SyncSummary;
import io.totangoconnector.sinks.Destinations;
import io.totangoconnector.sinks.Sink;
import io.totangoconnector.sinks.UpdateMode;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code totango-connector sync}: one report, one query, one destination, then exit. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every record that a Totango query matches and writes it to a destination.",
      "The query is what Totango's \"Generate the API endpoint\" produced (the whole curl"
          + " command, query=..., or the bare JSON); its own offset and count do not limit the"
          + " sync. The app token comes from --token-file, else TOTANGO_APP_TOKEN, else a prompt."
    })
final class SyncCommand implements Callable<Integer> {

  @Option(
      names = "--report",
      paramLabel = "accounts|users",
      description = "Which report; may be left out when the pasted snippet names it.")
  String report;

  @Option(
      names = "--query",
      required = true,
      paramLabel = "FILE|-|TEXT",
      description = "The query: a file, - for standard input, or the text itself.")
  String query;

  @ArgGroup(exclusive = true)
  Host host;

  static final class Host {
    @Option(names = "--region", paramLabel = "us|eu", description = "Totango's US or EU host.")
    String region;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        description = "Any other base URL (the emulator, a proxy).")
    URI baseUrl;
  }

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "A file holding the app token (else TOTANGO_APP_TOKEN, else a prompt).")
  Path tokenFile;

  @Option(
      names = "--to",
      paramLabel = "DESTINATION",
      description = {
        "duckdb:PATH#TABLE, csv:PATH, jsonl:PATH, jsonl:-, parquet:PATH, or",
        "postgresql://HOST:PORT/DB?user=...#SCHEMA.TABLE.",
        "Default: duckdb:data/totango.duckdb#<report>."
      })
  String to;

  @Option(
      names = "--mode",
      paramLabel = "replace|append|merge",
      defaultValue = "replace",
      description = "How the rows change the destination (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Records per call, 1 to 1000 (default: ${DEFAULT-VALUE}).")
  int pageSize;

  @Option(
      names = "--max-attempts",
      paramLabel = "N",
      defaultValue = "6",
      description =
          "Tries per call before giving up on a failing Totango (default: ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Option(
      names = "--tolerance",
      paramLabel = "N",
      defaultValue = "0",
      description = {
        "Past 10,000 records a report is read in slices and checked by counts; accept a",
        "difference of up to N records (changed during the sync) with a warning instead of",
        "failing (default: ${DEFAULT-VALUE})."
      })
  long tolerance;

  @Mixin LoggingOptions logging;

  @Override
  public Integer call() {
    logging.apply();
    PrintStream err = System.err;
    ImportedQuery imported = QueryImport.parse(QueryInput.read(query, System.in), cliReport());
    imported.warnings().forEach(w -> err.println("Warning: " + w));
    Report chosen = chooseReport(imported);
    UpdateMode updateMode = parseMode();
    Sink sink = Destinations.parse(to != null ? to : "duckdb:data/totango.duckdb#" + chosen.path());
    String token = TokenSource.system().token(tokenFile);
    ClientConfig client = clientConfig(baseUrl(imported), token);
    SyncSummary summary;
    try (ProgressReporter progress =
        new ProgressReporter(chosen.path(), err, System.console() != null, logging.quiet)) {
      summary =
          new SyncRunner()
              .run(new SyncRequest(chosen, imported.query(), client, sink, updateMode), progress);
    }
    SummaryPrinter.print(err, chosen.path(), updateMode.label(), summary);
    return ExitCodes.OK;
  }

  private ClientConfig clientConfig(URI baseUrl, String token) {
    try {
      return ClientConfig.builder()
          .baseUrl(baseUrl)
          .appToken(token)
          .pageSize(pageSize)
          .maxAttempts(maxAttempts)
          .completenessTolerance(tolerance)
          .build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(optionNames(e.getMessage()));
    }
  }

  /** The builder names its settings as in Java; the user typed the options. */
  private static String optionNames(String message) {
    return message
        .replace("pageSize", "--page-size")
        .replace("maxAttempts", "--max-attempts")
        .replace("completenessTolerance", "--tolerance")
        .replace("baseUrl", "--base-url");
  }

  private Report cliReport() {
    if (report == null) {
      return null;
    }
    try {
      return Report.parse(report);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--report: " + e.getMessage());
    }
  }

  private Report chooseReport(ImportedQuery imported) {
    Report fromCli = cliReport();
    Optional<Report> fromSnippet = imported.report();
    if (fromCli != null && fromSnippet.isPresent() && fromSnippet.get() != fromCli) {
      throw new UsageException(
          "--report "
              + fromCli.path()
              + " conflicts with the pasted snippet, which searches "
              + fromSnippet.get().path()
              + ". Leave --report out, or paste a query for "
              + fromCli.path()
              + ".");
    }
    if (fromCli != null) {
      return fromCli;
    }
    return fromSnippet.orElseThrow(
        () ->
            new UsageException(
                "Say which report to read: --report accounts or --report users (the pasted"
                    + " query does not name one)."));
  }

  private UpdateMode parseMode() {
    try {
      return UpdateMode.parse(mode);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--mode: " + e.getMessage());
    }
  }

  /** The command line wins over the snippet's host; Totango's US host is the default. */
  private URI baseUrl(ImportedQuery imported) {
    if (host != null && host.baseUrl != null) {
      return host.baseUrl;
    }
    if (host != null && host.region != null) {
      try {
        return Region.parse(host.region).baseUrl();
      } catch (IllegalArgumentException e) {
        throw new UsageException("--region: " + e.getMessage());
      }
    }
    return imported.baseUrl().orElse(Region.US.baseUrl());
  }
}
