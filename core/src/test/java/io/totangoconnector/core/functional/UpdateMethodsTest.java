package io.totangoconnector.core.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchListener;
import io.totangoconnector.client.TotangoApiException;
import io.totangoconnector.core.SyncRequest;
import io.totangoconnector.core.SyncRunner;
import io.totangoconnector.core.SyncSummary;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.Fault;
import io.totangoconnector.sinks.Destinations;
import io.totangoconnector.sinks.UpdateMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Replace, append and merge through the whole pipeline, and what a failed run leaves behind. */
class UpdateMethodsTest {
  private static final String TOKEN = "modes-token";

  @TempDir Path dir;
  private Emulator emulator;
  private Path db;

  @BeforeEach
  void start() {
    emulator = LocalTotango.start(TOKEN, b -> b.accounts(1500).users(10));
    db = dir.resolve("modes.duckdb");
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private SyncSummary sync(UpdateMode mode) {
    ClientConfig client =
        LocalTotango.client(emulator, TOKEN)
            .pageSize(500)
            .maxAttempts(2)
            .backoff(Duration.ofMillis(1), Duration.ofMillis(2))
            .build();
    return new SyncRunner()
        .run(
            new SyncRequest(
                Report.ACCOUNTS,
                LocalTotango.HEALTH_OF_ALL,
                client,
                Destinations.parse("duckdb:" + db + "#accounts"),
                mode),
            new SearchListener() {});
  }

  private long query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void appendAddsARunsRowsAndMergeUpsertsOnTheKey() throws Exception {
    sync(UpdateMode.REPLACE);
    sync(UpdateMode.APPEND);
    assertThat(query("SELECT count(*) FROM accounts")).isEqualTo(3000);
    assertThat(query("SELECT count(DISTINCT _batch_id) FROM accounts")).isEqualTo(2);

    sync(UpdateMode.REPLACE);
    emulator.addAccounts(40);
    SyncSummary merged = sync(UpdateMode.MERGE);
    assertThat(merged.rows()).isEqualTo(1540);
    assertThat(query("SELECT count(*) FROM accounts")).isEqualTo(1540);
    assertThat(query("SELECT count(DISTINCT account_id) FROM accounts")).isEqualTo(1540);
    assertThat(query("SELECT count(*) FROM accounts WHERE _batch_id = '" + merged.batchId() + "'"))
        .isEqualTo(1540);
  }

  @ParameterizedTest
  @EnumSource(UpdateMode.class)
  void aRunFailingOnItsThirdPageLeavesTheTableAsItWas(UpdateMode mode) throws Exception {
    SyncSummary first = sync(UpdateMode.REPLACE);
    int third = emulator.callCount() + 3;
    emulator.script(third, Fault.status(400, "{\"status\":\"failed\",\"_error\":\"bad\"}"));

    assertThatThrownBy(() -> sync(mode)).isInstanceOf(TotangoApiException.class);

    assertThat(query("SELECT count(*) FROM accounts")).isEqualTo(1500);
    assertThat(query("SELECT count(*) FROM accounts WHERE _batch_id = '" + first.batchId() + "'"))
        .isEqualTo(1500);
    assertThat(emulator.callCount()).isEqualTo(third);
  }
}
