package io.totangoconnector.sinks;

import java.io.IOException;

/** Writes checked rows as text (CSV, JSON Lines) to the writer it was made with. */
interface RowEncoder {

  /** Writes what comes before the first row (a CSV header), if anything. */
  void header() throws IOException;

  void row(Object[] values) throws IOException;

  void flush() throws IOException;
}
