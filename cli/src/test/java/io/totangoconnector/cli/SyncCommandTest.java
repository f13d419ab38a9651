package io.totangoconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import io.totangoconnector.emulator.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {
  private static final String TOKEN = "cli-test-token{$/.+@}";
  private static Emulator emulator;

  @TempDir Path dir;

  @BeforeAll
  static void startEmulator() {
    emulator =
        Emulator.start(
            EmulatorConfig.builder()
                .port(0)
                .accounts(1200)
                .users(3000)
                .seed(7)
                .tokens(List.of(TOKEN))
                .rateLimitOff()
                .build());
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  private Path tokenFile(String token) throws Exception {
    return Files.writeString(dir.resolve("token"), token + "\n");
  }

  /** {@code sync} of the accounts snippet with {@code token} in a token file, then {@code more}. */
  private CliRun syncAccounts(String token, String... more) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "sync",
                "--query",
                snippet("accounts"),
                "--token-file",
                tokenFile(token).toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static String snippet(String report) {
    return "curl --data 'query={\"terms\":[],\"count\":1000,\"offset\":0,\"fields\":[{\"type\":"
        + "\"string\",\"term\":\"health\",\"field_display_name\":\"Health rank \"}],\"scope\":"
        + "\"all\"}' --header 'app-token:<TOTANGO API TOKEN>' '"
        + emulator.baseUrl()
        + "/api/v1/search/"
        + report
        + "'";
  }

  private static long count(Path db, String table) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void snippetNamesReportAndHost_allAccountsLandInDuckDb() throws Exception {
    Path db = dir.resolve("t.duckdb");
    CliRun run = syncAccounts(TOKEN, "--to", "duckdb:" + db + "#accounts", "--page-size", "500");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(count(db, "accounts")).isEqualTo(1200);
    assertThat(run.err())
        .contains("Synced 1,200 accounts into duckdb:" + db + "#accounts (replace)")
        .contains("pages 3 | calls 3");
  }

  @Test
  void reportConflictingWithSnippet_exit2AndNothingWritten() throws Exception {
    Path db = dir.resolve("t.duckdb");
    CliRun run =
        CliRun.of(
            "sync",
            "--report",
            "users",
            "--query",
            snippet("accounts"),
            "--token-file",
            tokenFile(TOKEN).toString(),
            "--to",
            "duckdb:" + db + "#x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "Error: --report users conflicts with the pasted snippet, which searches accounts.");
    assertThat(db).doesNotExist();
    assertThat(emulator.callCount()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void badJson_exit2WithLineAndColumn() throws Exception {
    CliRun run =
        CliRun.of(
            "sync",
            "--report",
            "accounts",
            "--query",
            "{\"terms\":[],\n \"fields\": [}",
            "--token-file",
            tokenFile(TOKEN).toString(),
            "--to",
            "csv:" + dir.resolve("x.csv"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Error: ").contains("line 2");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void unknownToken_exit3() throws Exception {
    CliRun run = syncAccounts("not-a-known-token", "--to", "csv:" + dir.resolve("x.csv"));
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("refused the app token").doesNotContain("not-a-known-token");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void totangoFailingAfterRetries_exit4() throws Exception {
    int next = emulator.callCount() + 1;
    emulator.script(next, Fault.status(503, "<html><body>Service Unavailable</body></html>"));
    CliRun run = syncAccounts(TOKEN, "--max-attempts", "1", "--to", "csv:" + dir.resolve("x.csv"));
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("503");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void unwritableDestination_exit5() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    CliRun run = syncAccounts(TOKEN, "--to", "duckdb:" + notADirectory.resolve("db.duckdb") + "#t");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
    // the destination opens while the first page is read, so a progress line may come first
    assertThat(run.err().lines().reduce((first, last) -> last).orElse(""))
        .startsWith("Error: ")
        .contains("cannot open the database");
  }

  @Test
  void fileDestinationRefusesMerge_exit2BeforeAnyCall() throws Exception {
    int before = emulator.callCount();
    CliRun run = syncAccounts(TOKEN, "--mode", "merge", "--to", "csv:" + dir.resolve("x.csv"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("supports only --mode replace");
    assertThat(emulator.callCount()).isEqualTo(before);
  }

  @Test
  void tokenIsNeverAcceptedAsAnArgument() {
    CliRun run = CliRun.of("sync", "--query", snippet("accounts"), "--token", TOKEN);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("an app token is never accepted on the command line")
        .doesNotContain(TOKEN);
  }

  @Test
  void reportMissingEverywhere_exit2SaysWhatToDo() throws Exception {
    CliRun run =
        CliRun.of(
            "sync",
            "--query",
            "{\"terms\":[],\"fields\":[]}",
            "--token-file",
            tokenFile(TOKEN).toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Say which report to read: --report accounts or --report users");
  }

  @Test
  void aTokenUnderAnotherOptionNameIsNotEchoed() {
    CliRun run = CliRun.of("sync", "--query", snippet("accounts"), "--app_token=" + TOKEN);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("an app token is never accepted on the command line")
        .doesNotContain(TOKEN);
  }

  @Test
  void strayArgumentsAreCountedNotQuoted() {
    CliRun run = CliRun.of("sync", "--query", snippet("accounts"), "--colour", "s3cr3t-value");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("Error: Unknown option --colour and 1 unexpected argument (not shown).")
        .doesNotContain("s3cr3t-value");
  }

  @Test
  void aMissingQueryFileIsNamed() throws Exception {
    CliRun run =
        CliRun.of(
            "sync", "--query", "queries/missing.json", "--token-file", tokenFile(TOKEN).toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Error: No query file queries/missing.json: give an existing file, - for standard"
                + " input, or the query text itself."
                + System.lineSeparator());
  }

  @Test
  void aMissingTokenFileIsNamed() {
    CliRun run =
        CliRun.of(
            "sync", "--query", snippet("accounts"), "--token-file", dir.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("The token file " + dir.resolve("nope") + " does not exist.");
  }

  @Test
  void aPageSizeOutOfRangeNamesTheOption() throws Exception {
    CliRun run = syncAccounts(TOKEN, "--page-size", "5000");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Error: --page-size ").contains("1000");
  }
}
