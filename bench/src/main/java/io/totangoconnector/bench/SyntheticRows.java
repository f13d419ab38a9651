package io.totangoconnector.bench;

import io.totangoconnector.sinks.Column;
import io.totangoconnector.sinks.TableSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rows of a schema filled with seeded values of each column's type, with the awkward text that real
 * data has (quotes, commas, line breaks, other scripts).
 */
final class SyntheticRows {
  private static final String[] WORDS = {
    "Acme", "Zoë's \"Tools\"", "Ünïcode GmbH", "東京支社", "Smith, Jones", "line\nbreak", "plain"
  };

  private SyntheticRows() {}

  static List<Object[]> of(TableSchema schema, int count, long seed) {
    Random random = new Random(seed);
    List<Column> columns = schema.columns();
    List<Object[]> rows = new ArrayList<>(count);
    for (int r = 0; r < count; r++) {
      Object[] row = new Object[columns.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = random.nextInt(20) == 0 ? null : value(columns.get(c), r, random);
      }
      rows.add(row);
    }
    return rows;
  }

  private static Object value(Column column, int r, Random random) {
    return switch (column.type()) {
      case TEXT -> WORDS[random.nextInt(WORDS.length)] + " " + r;
      case BIGINT -> (long) random.nextInt(1_000_000);
      case DOUBLE -> random.nextDouble() * 100_000;
      case BOOLEAN -> random.nextBoolean();
      case TIMESTAMP -> Instant.ofEpochMilli(1_600_000_000_000L + random.nextInt(1 << 30) * 100L);
      case DATE -> LocalDate.ofEpochDay(18_000 + random.nextInt(2000));
      case JSON ->
          "{\"health\":\"green\",\"health_prev\":\"red\",\"change_date\":"
              + (1_600_000_000_000L + r)
              + ",\"offset\":1728000000}";
    };
  }
}
