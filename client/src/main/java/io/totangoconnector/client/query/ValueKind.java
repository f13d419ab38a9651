package io.totangoconnector.client.query;

/** What a requested field's values are, and the Java type the client decodes them to. */
public enum ValueKind {
  /** {@link String}. */
  TEXT,
  /** {@link Long}. */
  INTEGER,
  /** {@link Double}. */
  NUMBER,
  /** {@link Boolean}. */
  BOOLEAN,
  /** {@link Long} epoch milliseconds (a timestamp). */
  EPOCH_MILLIS,
  /** {@link java.time.LocalDate} from an ISO date string. */
  ISO_DATE,
  /** {@link io.totangoconnector.client.JsonText}: an object or array kept as JSON text. */
  JSON
}
