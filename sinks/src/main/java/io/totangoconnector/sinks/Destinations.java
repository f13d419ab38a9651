package io.totangoconnector.sinks;

/**
 * Turns a destination URI into a {@link Sink}. The accepted forms:
 *
 * <ul>
 *   <li>{@code duckdb:PATH#TABLE} or {@code duckdb:PATH#SCHEMA.TABLE}: a DuckDB file (PATH relative
 *       to the working directory; missing directories are created)
 *   <li>{@code csv:PATH}: an RFC 4180 CSV file (UTF-8, header row, CRLF)
 *   <li>{@code jsonl:PATH}: a JSON Lines file; {@code jsonl:-} streams to stdout, which cannot be
 *       atomic (rows already printed stay printed if the run fails)
 *   <li>{@code parquet:PATH}: a Parquet file
 *   <li>{@code postgresql://HOST[:PORT]/DB?user=USER#[SCHEMA.]TABLE}: a PostgreSQL table (schema
 *       {@code public} by default); the password comes from a {@code password} query parameter or
 *       else the {@code PGPASSWORD} environment variable, and is never shown by {@link
 *       Sink#describe()}. Other query parameters (such as {@code sslmode}) go to the driver.
 * </ul>
 *
 * Table and schema names may hold any characters; quote a part that contains a dot ({@code
 * #"my.schema"."my table"}). Files support only {@link UpdateMode#REPLACE}. Thread-safe.
 */
public final class Destinations {
  /** The accepted forms, for messages. */
  public static final String FORMS =
      "duckdb:PATH#TABLE, csv:PATH, jsonl:PATH (or jsonl:- for stdout), parquet:PATH,"
          + " postgresql://HOST:PORT/DB?user=USER#SCHEMA.TABLE";

  private Destinations() {}

  /**
   * Parses a destination; touches nothing until the sink is opened.
   *
   * @throws DestinationSyntaxException naming the part of {@code uri} that is wrong
   */
  public static Sink parse(String uri) {
    return new DestinationParser(System::getenv, RunIds.secure(), System.out).parse(uri);
  }
}
