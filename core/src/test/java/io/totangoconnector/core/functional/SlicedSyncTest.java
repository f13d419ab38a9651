package io.totangoconnector.core.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchListener;
import io.totangoconnector.client.query.QueryImport;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.slicing.IncompleteReadException;
import io.totangoconnector.core.SyncRequest;
import io.totangoconnector.core.SyncRunner;
import io.totangoconnector.core.SyncSummary;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.sinks.Destinations;
import io.totangoconnector.sinks.UpdateMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report over Totango's 10,000-record cap, through the whole pipeline into DuckDB. */
class SlicedSyncTest {
  private static final String TOKEN = "sliced-token";
  private static final SearchQuery ALL = QueryImport.parse("{\"terms\":[],\"fields\":[]}").query();

  @TempDir Path dir;
  private Emulator emulator;
  private Path db;

  @BeforeEach
  void start() {
    emulator =
        LocalTotango.start(TOKEN, b -> b.accounts(2_000).users(25_000).neverActiveUsers(11_000));
    db = dir.resolve("sliced.duckdb");
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private SyncSummary sync(SearchListener listener) {
    ClientConfig client = LocalTotango.client(emulator, TOKEN).build();
    return new SyncRunner()
        .run(
            new SyncRequest(
                Report.USERS,
                ALL,
                client,
                Destinations.parse("duckdb:" + db + "#users"),
                UpdateMode.REPLACE),
            listener);
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
  void everyUserIsOneRowAndTheSummaryShowsTheSlices() throws Exception {
    SyncSummary summary = sync(SearchListener.NONE);

    assertThat(query("SELECT count(*) FROM users")).isEqualTo(25_000);
    assertThat(query("SELECT count(DISTINCT (user_id, account_id)) FROM users")).isEqualTo(25_000);
    assertThat(query("SELECT count(*) FROM users WHERE last_activity_time IS NULL"))
        .isEqualTo(11_000);
    assertThat(summary.rows()).isEqualTo(25_000);
    assertThat(summary.slices()).isGreaterThan(1);
    assertThat(summary.probeCalls()).isEqualTo(1);
  }

  @Test
  void usersAddedDuringBothAttemptsFailTheRunAndLeaveTheTableAsItWas() throws Exception {
    sync(SearchListener.NONE);
    SearchListener adding =
        new SearchListener() {
          @Override
          public void onSlice(int index, int of, long hits, String range) {
            // At the first activity window most of the timeline is still unread, so users added
            // now are read; at a later window its pages may all have been fetched ahead already.
            if (range.equals("ever active")) {
              emulator.addUsers(50);
            }
          }
        };

    assertThatThrownBy(() -> sync(adding))
        .isInstanceOf(IncompleteReadException.class)
        .hasMessageStartingWith("Totango reported 25,");
    assertThat(query("SELECT count(*) FROM users")).isEqualTo(25_000);
  }
}
