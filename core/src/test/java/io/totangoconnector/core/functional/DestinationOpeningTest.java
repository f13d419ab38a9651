package io.totangoconnector.core.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchListener;
import io.totangoconnector.core.SyncRequest;
import io.totangoconnector.core.SyncRunner;
import io.totangoconnector.core.SyncSummary;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.sinks.Destinations;
import io.totangoconnector.sinks.Sink;
import io.totangoconnector.sinks.SinkException;
import io.totangoconnector.sinks.SinkWriter;
import io.totangoconnector.sinks.TableSchema;
import io.totangoconnector.sinks.UpdateMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The destination is opened while the first call to Totango is on its way, not before it. */
class DestinationOpeningTest {
  private static final String TOKEN = "opening-token";

  @TempDir Path dir;
  private Emulator emulator;

  @BeforeEach
  void start() {
    emulator = LocalTotango.start(TOKEN, b -> b.accounts(1200).users(10));
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private SyncSummary sync(Sink sink) {
    ClientConfig client = LocalTotango.client(emulator, TOKEN).pageSize(500).build();
    return new SyncRunner()
        .run(
            new SyncRequest(
                Report.ACCOUNTS, LocalTotango.HEALTH_OF_ALL, client, sink, UpdateMode.REPLACE),
            SearchListener.NONE);
  }

  /** A real DuckDB destination whose opening first waits for Totango to have been called. */
  private Sink openingAfterTheFirstCall(Sink real) {
    return new Sink() {
      @Override
      public String describe() {
        return real.describe();
      }

      @Override
      public boolean supports(UpdateMode mode) {
        return real.supports(mode);
      }

      @Override
      public SinkWriter open(TableSchema schema, UpdateMode mode) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> emulator.callCount() >= 1);
        return real.open(schema, mode);
      }
    };
  }

  @Test
  void theFirstCallDoesNotWaitForTheDestinationAndEveryRowStillArrives() throws Exception {
    Path db = dir.resolve("overlap.duckdb");

    SyncSummary summary = sync(openingAfterTheFirstCall(Destinations.parse("duckdb:" + db + "#a")));

    assertThat(summary.rows()).isEqualTo(1200);
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + db);
        ResultSet r =
            c.createStatement().executeQuery("select count(distinct account_id) from a")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(1200);
    }
  }

  @Test
  void aDestinationThatCannotBeOpenedFailsTheRunWithItsOwnMessageAndLeavesNoFile()
      throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
    Path db = notADirectory.resolve("sub.duckdb");

    assertThatThrownBy(() -> sync(Destinations.parse("duckdb:" + db + "#a")))
        .isInstanceOf(SinkException.class)
        .hasMessageContaining(notADirectory.getFileName().toString());
    assertThat(Files.exists(db)).isFalse();
  }
}
