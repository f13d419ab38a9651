package io.totangoconnector.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParquetSinkTest extends FileSinkContractTest {

  @Override
  String scheme() {
    return "parquet";
  }

  @Override
  StoredTable read(String name, TableSchema schema) throws Exception {
    try (Connection connection = duckDb()) {
      return JdbcReads.read(connection, "SELECT * FROM " + source(name), schema, DUCKDB_TIMESTAMPS);
    }
  }

  private String source(String name) {
    return "read_parquet(" + Sql.literal(file(name).toString()) + ")";
  }

  @Test
  void columnsKeepTheirTypes() throws Exception {
    write("t", Samples.SCHEMA, UpdateMode.REPLACE, Samples.rows());

    List<String> types = new ArrayList<>();
    try (Connection connection = duckDb();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM " + source("t"))) {
      while (rs.next()) {
        types.add(rs.getString("column_type"));
      }
    }

    assertThat(types)
        .containsExactly(
            "BIGINT", "VARCHAR", "DOUBLE", "BOOLEAN", "TIMESTAMP", "DATE", "JSON", "BIGINT");
  }
}
