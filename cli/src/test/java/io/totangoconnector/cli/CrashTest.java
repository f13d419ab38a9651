package io.totangoconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sync killed with SIGKILL in the middle leaves the destination as it was. */
class CrashTest {
  private static final String TOKEN = "crash-token";
  private static final int ACCOUNTS = 3000;

  @TempDir Path dir;
  private Emulator emulator;

  @BeforeEach
  void start() {
    emulator =
        Emulator.start(
            EmulatorConfig.builder()
                .port(0)
                .accounts(ACCOUNTS)
                .users(10)
                .tokens(List.of(TOKEN))
                .rateLimitOff()
                .latency(Duration.ofMillis(150))
                .build());
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"replace", "append", "merge"})
  void killedMidRun_destinationUnchanged_nextRunSucceeds(String mode) throws Exception {
    Path db = dir.resolve("crash.duckdb");
    String destination = "duckdb:" + db + "#accounts";
    Path tokenFile = java.nio.file.Files.writeString(dir.resolve("token"), TOKEN);
    CliRun first = sync(destination, "replace", tokenFile, "1000");
    assertThat(first.exitCode()).as(first.err()).isEqualTo(0);
    String firstBatch = batches(db).get(0);

    Process child = childSync(destination, mode, tokenFile);
    int callsBefore = emulator.callCount();
    await().atMost(Duration.ofSeconds(60)).until(() -> emulator.callCount() >= callsBefore + 5);
    child.destroyForcibly().waitFor();
    assertThat(child.exitValue()).isEqualTo(137);

    assertThat(count(db)).isEqualTo(ACCOUNTS);
    assertThat(batches(db)).containsExactly(firstBatch);

    CliRun again = sync(destination, mode, tokenFile, "1000");
    assertThat(again.exitCode()).as(again.err()).isEqualTo(0);
    assertThat(count(db)).isEqualTo(mode.equals("append") ? 2L * ACCOUNTS : ACCOUNTS);
  }

  private CliRun sync(String destination, String mode, Path tokenFile, String pageSize) {
    return CliRun.of(syncArgs(destination, mode, tokenFile, pageSize).toArray(String[]::new));
  }

  private Process childSync(String destination, String mode, Path tokenFile) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(syncArgs(destination, mode, tokenFile, "100"));
    command.add("--quiet");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  private List<String> syncArgs(String destination, String mode, Path tokenFile, String pageSize) {
    return List.of(
        "sync",
        "--report",
        "accounts",
        "--base-url",
        emulator.baseUrl().toString(),
        "--query",
        "{\"terms\":[],\"fields\":[{\"type\":\"string\",\"term\":\"health\"}]}",
        "--token-file",
        tokenFile.toString(),
        "--mode",
        mode,
        "--page-size",
        pageSize,
        "--to",
        destination);
  }

  private static long count(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM accounts")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> batches(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT DISTINCT _batch_id FROM accounts")) {
      List<String> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}
