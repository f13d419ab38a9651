package io.totangoconnector.sinks;

/**
 * The column types a sink must store. Each names the Java type of the values a row carries for it;
 * any value may also be {@code null}.
 */
public enum ColumnType {
  /** {@link String}. */
  TEXT,
  /** {@link Long}. */
  BIGINT,
  /** {@link Double}. */
  DOUBLE,
  /** {@link Boolean}. */
  BOOLEAN,
  /** {@link java.time.Instant}, stored as a UTC timestamp (millisecond precision). */
  TIMESTAMP,
  /** {@link java.time.LocalDate}. */
  DATE,
  /** {@link String} holding a JSON object or array, stored as JSON where the destination can. */
  JSON
}
