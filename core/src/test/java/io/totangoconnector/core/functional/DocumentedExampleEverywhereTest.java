package io.totangoconnector.core.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.client.SearchListener;
import io.totangoconnector.client.query.ImportedQuery;
import io.totangoconnector.client.query.QueryImport;
import io.totangoconnector.core.SyncRequest;
import io.totangoconnector.core.SyncRunner;
import io.totangoconnector.core.SyncSummary;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import io.totangoconnector.sinks.Destinations;
import io.totangoconnector.sinks.UpdateMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract's documented example (§5), pasted as the documentation prints it, syncs to every
 * destination with identical rows.
 */
class DocumentedExampleEverywhereTest {
  private static final String TOKEN = "docs-token";
  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final String COLUMNS =
      "account_id, account_name, last_activity_time, health_rank, health_last_change,"
          + " success_manager";

  private static Emulator emulator;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    emulator =
        Emulator.start(
            EmulatorConfig.builder()
                .port(0)
                .accounts(3000)
                .seed(11)
                .tokens(List.of(TOKEN))
                .rateLimitOff()
                .build());
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  /**
   * The documentation's snippet, with its placeholder token and a host pointing at the emulator.
   */
  static String documentedSnippet() {
    return """
        curl --data 'query={
        "terms":[
        {"type":"string","term":"status_group","in_list":["paying"]}
        ],
        "count":1000,
        "offset":0,
        "fields":[
        {"type":"string","term":"health","field_display_name":"Health rank "},
        {"type":"health_trend","field_display_name":"Health last change "},
        {"type":"string_attribute","attribute":"Success Manager","field_display_name":"Success Manager"}
        ],
        "sort_by":"display_name",
        "sort_order":"ASC",
        "scope":"all"
        }'
        --header 'app-token:YOUR-TOKEN-HERE' 'BASE/api/v1/search/accounts'
        """
        .replace("BASE", emulator.baseUrl().toString());
  }

  private SyncSummary sync(String destination) {
    ImportedQuery q = QueryImport.parse(documentedSnippet());
    ClientConfig client =
        ClientConfig.builder()
            .baseUrl(q.baseUrl().orElseThrow())
            .appToken(TOKEN)
            .pageSize(250)
            .rateLimit(1000, Duration.ofSeconds(1))
            .build();
    return new SyncRunner()
        .run(
            new SyncRequest(
                q.report().orElseThrow(),
                q.query(),
                client,
                Destinations.parse(destination),
                UpdateMode.REPLACE),
            new SearchListener() {});
  }

  @Test
  void sameRowsInDuckDbCsvJsonLinesParquetAndPostgres() throws Exception {
    SyncSummary duck = sync("duckdb:" + dir.resolve("d.duckdb") + "#accounts");
    sync("csv:" + dir.resolve("a.csv"));
    sync("jsonl:" + dir.resolve("a.jsonl"));
    sync("parquet:" + dir.resolve("a.parquet"));

    List<List<String>> expected;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("d.duckdb"))) {
      expected = rows(c, "SELECT " + COLUMNS + " FROM accounts");
    }
    assertThat(duck.rows())
        .isEqualTo(duck.totalHits())
        .isEqualTo(expected.size())
        .isGreaterThan(100);
    assertThat(duck.totalHits()).isLessThan(3000); // the filter applied
    assertThat(
            duckDb(
                "SELECT "
                    + COLUMNS
                    + " FROM read_csv('"
                    + dir.resolve("a.csv")
                    + "', all_varchar=true)"))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(
            duckDb("SELECT " + COLUMNS + " FROM read_parquet('" + dir.resolve("a.parquet") + "')"))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(
            duckDb(
                "SELECT "
                    + COLUMNS.replace("health_last_change", "to_json(health_last_change)")
                    + " FROM read_json('"
                    + dir.resolve("a.jsonl")
                    + "', format='newline_delimited')"))
        .containsExactlyInAnyOrderElementsOf(expected);

    String pg = System.getenv("TOTANGO_TEST_POSTGRES");
    boolean required = "1".equals(System.getenv("TOTANGO_TEST_POSTGRES_REQUIRED"));
    assumeTrue(pg != null || required, "set TOTANGO_TEST_POSTGRES to include PostgreSQL");
    assertThat(pg).as("TOTANGO_TEST_POSTGRES").isNotNull();
    String schema = "docs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    sync(pg + "#" + schema + ".accounts");
    String jdbc = "jdbc:" + pg.replace("postgresql://", "postgresql://");
    try (Connection c = DriverManager.getConnection(jdbc)) {
      try {
        assertThat(rows(c, "SELECT " + COLUMNS + " FROM " + schema + ".accounts"))
            .containsExactlyInAnyOrderElementsOf(expected);
      } finally {
        try (Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
  }

  private static List<List<String>> duckDb(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      return rows(c, sql);
    }
  }

  /** Rows with each value in one canonical text form, whatever the destination's types. */
  private static List<List<String>> rows(Connection c, String sql) throws Exception {
    List<List<String>> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        row.add(rs.getString(1));
        row.add(rs.getString(2));
        row.add(instant(rs.getString(3)));
        row.add(rs.getString(4));
        row.add(json(rs.getString(5)));
        row.add(rs.getString(6));
        out.add(row);
      }
    }
    return out;
  }

  private static String instant(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim().replace(' ', 'T');
    if (t.endsWith("+00")) {
      t = t.substring(0, t.length() - 3) + "Z";
    }
    if (!t.endsWith("Z")) {
      t = t + "Z";
    }
    return Instant.parse(t).toString();
  }

  private static String json(String text) throws Exception {
    if (text == null) {
      return null;
    }
    JsonNode tree = CANONICAL.readTree(text);
    return CANONICAL
        .writeValueAsString(CANONICAL.treeToValue(tree, Object.class))
        .toLowerCase(Locale.ROOT);
  }
}
