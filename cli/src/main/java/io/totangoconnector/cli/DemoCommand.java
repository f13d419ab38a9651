package io.totangoconnector.cli;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.client.query.ImportedQuery;
import io.totangoconnector.client.query.QueryImport;
import io.totangoconnector.core.SyncRequest;
import io.totangoconnector.core.SyncRunner;
import io.totangoconnector.core.SyncSummary;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import io.totangoconnector.sinks.Destinations;
import io.totangoconnector.sinks.UpdateMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code totango-connector demo}: the bundled emulator, then a sync of an Accounts and a Users
 * query into {@code data/demo.duckdb}, with everything a newcomer needs to look further.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Tries everything on a bundled Totango API emulator, no account needed.",
      "Starts the emulator, syncs an Accounts and a Users query from it into data/demo.duckdb,",
      "prints how to look at the tables, and keeps the emulator running for your own queries",
      "until Ctrl+C (--once exits straight away)."
    })
final class DemoCommand implements Callable<Integer> {
  static final String TOKEN = "demo-token";
  private static final int PREFERRED_PORT = 8089;

  @Option(
      names = "--data-dir",
      defaultValue = "data",
      description = "Where demo.duckdb goes (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--port",
      defaultValue = "-1",
      description = "Emulator port (default: 8089 if free, else any free port).")
  int port;

  @Option(
      names = "--once",
      description = "Exit after the sync instead of keeping the emulator running.")
  boolean once;

  @Mixin LoggingOptions logging;

  @Override
  public Integer call() throws InterruptedException {
    logging.apply();
    PrintStream out = System.out;
    EmulatorConfig config =
        EmulatorConfig.builder()
            .port(port >= 0 ? port : freePreferred())
            .tokens(List.of(TOKEN))
            .build();
    try (Emulator emulator = Emulator.start(config)) {
      out.println(
          "Started the Totango API emulator (synthetic data, no real Totango account needed).");
      out.println(emulator.startupMessage());
      out.println();
      String database = dataDir.resolve("demo.duckdb").toString();
      for (String report : List.of("accounts", "users")) {
        sync(out, emulator, report, "duckdb:" + database + "#" + report);
      }
      printNextSteps(out, emulator, database, once);
      if (!once) {
        out.println(
            "The emulator keeps running so that you can try the commands above; press Ctrl+C to stop.");
        EmulatorCommand.awaitShutdown();
      }
    }
    return ExitCodes.OK;
  }

  private void sync(PrintStream out, Emulator emulator, String report, String destination) {
    ImportedQuery imported = QueryImport.parse(resource("/demo/" + report + "-query.txt"));
    out.println("Syncing " + report + " from the emulator into " + destination + " ...");
    ClientConfig client =
        ClientConfig.builder().baseUrl(emulator.baseUrl()).appToken(TOKEN).build();
    SyncSummary summary;
    try (ProgressReporter progress =
        new ProgressReporter(report, System.err, System.console() != null, true)) {
      summary =
          new SyncRunner()
              .run(
                  new SyncRequest(
                      imported.report().orElseThrow(),
                      imported.query(),
                      client,
                      Destinations.parse(destination),
                      UpdateMode.REPLACE),
                  progress);
    }
    SummaryPrinter.print(out, report, "replace", summary);
    out.println();
  }

  private static void printNextSteps(
      PrintStream out, Emulator emulator, String database, boolean once) {
    out.println("Look at the tables (DuckDB's CLI, or Python's duckdb package):");
    out.println("  duckdb " + database + " \"SELECT * FROM accounts LIMIT 10\"");
    out.println(
        "  python3 -c \"import duckdb; duckdb.connect('"
            + database
            + "').sql('SELECT * FROM users LIMIT 10').show()\"");
    out.println();
    if (once) {
      out.println(
          "The emulator stops now (--once); ./totango-connector emulator keeps one running.");
      return;
    }
    out.println("Sync a query of your own from the emulator, e.g. into CSV:");
    out.println(
        "  TOTANGO_APP_TOKEN="
            + TOKEN
            + " ./totango-connector sync --base-url "
            + emulator.baseUrl()
            + " --report accounts --query '{\"terms\":[],\"fields\":[{\"type\":\"string\",\"term\":\"health\",\"field_display_name\":\"Health\"}]}' --to csv:data/accounts.csv");
    out.println();
  }

  private static int freePreferred() {
    try (ServerSocket s =
        new ServerSocket(PREFERRED_PORT, 1, java.net.InetAddress.getLoopbackAddress())) {
      return PREFERRED_PORT;
    } catch (IOException busy) {
      return 0;
    }
  }

  private static String resource(String name) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
