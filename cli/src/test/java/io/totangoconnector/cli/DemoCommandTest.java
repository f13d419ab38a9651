package io.totangoconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demoSyncsAccountsAndUsersIntoDuckDbAndSaysHowToLook() throws Exception {
    CliRun run = CliRun.of("demo", "--once", "--port", "0", "--data-dir", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    Path db = dir.resolve("demo.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      assertThat(count(s, "accounts")).isEqualTo(2500);
      assertThat(count(s, "users")).isEqualTo(10000);
      // every requested field names something the emulator has: each column holds values
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(renewal_date), count(arr), count(region_sales), count(owner)"
                  + " FROM accounts")) {
        rs.next();
        for (int i = 1; i <= 4; i++) {
          assertThat(rs.getLong(i)).as("column %d", i).isGreaterThan(1000);
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(DISTINCT _batch_id) FROM accounts WHERE health_rank IS NOT NULL")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(1);
      }
    }
    assertThat(run.out())
        .contains("app-token:demo-token")
        .contains("curl ")
        .contains("Synced 2,500 accounts into duckdb:" + db + "#accounts")
        .contains("Synced 10,000 users into duckdb:" + db + "#users")
        .contains("SELECT * FROM accounts LIMIT 10");
  }

  private static long count(Statement s, String table) throws Exception {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
