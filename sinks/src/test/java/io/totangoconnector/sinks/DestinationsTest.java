package io.totangoconnector.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DestinationsTest {
  private static final String FORMS =
      "duckdb:PATH#TABLE, csv:PATH, jsonl:PATH (or jsonl:- for stdout), parquet:PATH,"
          + " postgresql://HOST:PORT/DB?user=USER#SCHEMA.TABLE";
  private static final String PG_FORM = "; use postgresql://HOST:PORT/DB?user=USER#SCHEMA.TABLE";

  private static Sink parse(String uri) {
    return parser(Map.of()).parse(uri);
  }

  private static DestinationParser parser(Map<String, String> env) {
    return new DestinationParser(env::get, new RunIds(new Random(1)), System.out);
  }

  @Test
  void eachKindMakesItsSink() {
    assertThat(parse("duckdb:data/x.duckdb#accounts")).isInstanceOf(DuckDbSink.class);
    assertThat(parse("csv:out.csv")).isInstanceOf(TextFileSink.class);
    assertThat(parse("jsonl:-").describe()).isEqualTo("jsonl:-");
    assertThat(parse("parquet:a/b.parquet")).isInstanceOf(ParquetSink.class);
    assertThat(parse("postgresql://h:5432/db?user=u#s.t")).isInstanceOf(PostgresSink.class);
    assertThat(parse("postgres://h/db#t").describe()).isEqualTo("postgresql://h/db#t");
  }

  @Test
  void filesTakeOnlyReplaceAndDatabasesEveryMode() {
    assertThat(parse("csv:x.csv").supports(UpdateMode.APPEND)).isFalse();
    assertThat(parse("parquet:x.parquet").supports(UpdateMode.REPLACE)).isTrue();
    assertThat(parse("duckdb:x.duckdb#t").supports(UpdateMode.MERGE)).isTrue();
  }

  @Test
  void unknownKindListsTheForms() {
    assertThatThrownBy(() -> parse("mysql://h/db#t"))
        .isInstanceOf(DestinationSyntaxException.class)
        .hasMessage("Unknown destination 'mysql://h/db#t': use one of " + FORMS);
    assertThatThrownBy(() -> parse(" ")).hasMessage("No destination given; use one of " + FORMS);
  }

  @Test
  void duckDbNeedsATable() {
    assertThatThrownBy(() -> parse("duckdb:data/x.duckdb"))
        .isInstanceOf(DestinationSyntaxException.class)
        .hasMessage("The destination 'duckdb:data/x.duckdb' names no table: use duckdb:PATH#TABLE");
    assertThatThrownBy(() -> parse("duckdb:x.duckdb#"))
        .hasMessage("The destination 'duckdb:x.duckdb#' has an empty table name after '#'");
    assertThatThrownBy(() -> parse("duckdb:x.duckdb#a.b.c"))
        .hasMessage(
            "In the destination 'duckdb:x.duckdb#a.b.c', the table 'a.b.c' must be TABLE or"
                + " SCHEMA.TABLE (quote a part with dots in it)");
  }

  @Test
  void filesNeedAPathAndOnlyJsonLinesGoesToStdout() {
    assertThatThrownBy(() -> parse("csv:"))
        .hasMessage("The destination 'csv:' has no file path; use one of " + FORMS);
    assertThatThrownBy(() -> parse("parquet:-"))
        .hasMessage("The destination 'parquet:-' cannot write to stdout; only jsonl:- can");
  }

  @Test
  void postgresPartsAreNamedWhenWrong() {
    assertThatThrownBy(() -> parse("postgresql://h:5432/db?user=u"))
        .hasMessage(
            "The PostgreSQL destination 'postgresql://h:5432/db?user=u' is not valid:"
                + " it names no table after '#'"
                + PG_FORM);
    assertThatThrownBy(() -> parse("postgresql://h:54x/db#t"))
        .hasMessage(
            "The PostgreSQL destination 'postgresql://h:54x/db#t' is not valid:"
                + " the port '54x' is not a number"
                + PG_FORM);
    assertThatThrownBy(() -> parse("postgresql://h:5432#t"))
        .hasMessage(
            "The PostgreSQL destination 'postgresql://h:5432#t' is not valid:"
                + " it names no database after HOST:PORT/"
                + PG_FORM);
    assertThatThrownBy(() -> parse("postgresql:h/db#t"))
        .hasMessage(
            "The PostgreSQL destination 'postgresql:h/db#t' is not valid:"
                + " it must start with postgresql://"
                + PG_FORM);
  }

  @Test
  void passwordsNeverShow() {
    PostgresLocation inQuery =
        PostgresLocation.parse(
            "postgresql://h:5432/db?user=u&password=s%2Bx+y&sslmode=require#t", v -> null);
    PostgresLocation inUserInfo =
        PostgresLocation.parse("postgresql://u:p%40ss@h/db#s.t", v -> null);

    assertThat(inQuery.description()).isEqualTo("postgresql://h:5432/db?user=u&sslmode=require#t");
    assertThat(inQuery.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require");
    assertThat(inQuery.credentials().getProperty("password")).isEqualTo("s+x+y");
    assertThat(inQuery.table()).isEqualTo(new TableRef("public", "t"));
    assertThat(inUserInfo.description()).isEqualTo("postgresql://h/db?user=u#s.t");
    assertThat(inUserInfo.credentials().getProperty("password")).isEqualTo("p@ss");
    assertThatThrownBy(() -> parse("postgresql://u:secret@h:x/db?password=secret2#t"))
        .hasMessage(
            "The PostgreSQL destination 'postgresql://***@h:x/db?password=***#t' is not valid:"
                + " the port 'x' is not a number"
                + PG_FORM);
  }

  @Test
  void passwordComesFromPgpasswordUnlessGiven() {
    Map<String, String> env = Map.of("PGPASSWORD", "from-env");

    PostgresLocation fromEnv = PostgresLocation.parse("postgresql://h/db?user=u#t", env::get);
    PostgresLocation given =
        PostgresLocation.parse("postgresql://h/db?user=u&password=given#t", env::get);

    assertThat(fromEnv.credentials().getProperty("password")).isEqualTo("from-env");
    assertThat(given.credentials().getProperty("password")).isEqualTo("given");
  }

  @Test
  void quotedTableNamesMayHoldDotsAndQuotes() {
    assertThat(TableRef.parse("\"my.schema\".\"Top \"\"10\"\"\"", "public"))
        .isEqualTo(new TableRef("my.schema", "Top \"10\""));
    assertThat(TableRef.parse("Größe", "main")).isEqualTo(new TableRef("main", "Größe"));
    assertThat(new TableRef("s", "a\"b").qualified()).isEqualTo("\"s\".\"a\"\"b\"");
  }

  @Test
  void stagingNamesFitPostgresIdentifiersAndMatchOnlyTheirTable() {
    TableRef longName = new TableRef("s", "x".repeat(80));
    TableRef accounts = new TableRef("s", "accounts");

    assertThat(longName.staging("0123456789").table()).hasSize(63);
    assertThat(accounts.staging("0123456789").table())
        .isEqualTo("__tc_staging_accounts_0123456789");
    assertThat(accounts.isStagingName("__tc_staging_accounts_abcdefghij", 10)).isTrue();
    assertThat(accounts.isStagingName("__tc_staging_accounts_eu_abcdefghij", 10)).isFalse();
    assertThat(accounts.isStagingName("__tc_staging_accounts_ABCDEFGHIJ", 10)).isFalse();
  }
}
