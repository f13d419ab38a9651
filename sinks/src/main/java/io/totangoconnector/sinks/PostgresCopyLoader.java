package io.totangoconnector.sinks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Streams rows into a staging table with {@code COPY ... FROM STDIN (FORMAT csv)}. */
final class PostgresCopyLoader implements StagingLoader {
  private static final int BUFFER = 1 << 16;
  private final PGCopyOutputStream copy;
  private final Writer writer;
  private final CsvEncoder encoder;

  PostgresCopyLoader(PGConnection connection, TableRef table, TableSchema schema)
      throws SQLException {
    String columns =
        schema.columns().stream().map(c -> Sql.ident(c.name())).collect(Collectors.joining(", "));
    String sql = "COPY " + table.qualified() + " (" + columns + ") FROM STDIN (FORMAT csv)";
    this.copy = new PGCopyOutputStream(connection, sql, BUFFER);
    this.writer = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER);
    this.encoder = new CsvEncoder(writer, schema);
  }

  @Override
  public void add(Object[] values) throws IOException {
    encoder.row(values);
  }

  @Override
  public void finish() throws IOException, SQLException {
    writer.flush();
    copy.endCopy();
  }

  @Override
  public void abort() throws SQLException {
    if (copy.isActive()) {
      copy.cancelCopy();
    }
  }
}
