package io.totangoconnector.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonLinesSinkTest extends FileSinkContractTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  String scheme() {
    return "jsonl";
  }

  // Jackson reads it back, insisting on JSON's own types (numbers, booleans, nested JSON).
  @Override
  StoredTable read(String name, TableSchema schema) throws Exception {
    List<String> names = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file(name), StandardCharsets.UTF_8)) {
      JsonNode object = MAPPER.readTree(line);
      names.clear();
      object.fieldNames().forEachRemaining(names::add);
      List<Object> row = new ArrayList<>();
      for (Column column : schema.columns()) {
        row.add(value(column, object.get(column.name())));
      }
      rows.add(row);
    }
    return new StoredTable(List.copyOf(names), rows);
  }

  private static Object value(Column column, JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    Object value =
        switch (column.type()) {
          case TEXT -> node.isTextual() ? node.textValue() : null;
          case BIGINT -> node.isIntegralNumber() ? node.longValue() : null;
          case DOUBLE -> node.isFloatingPointNumber() ? node.doubleValue() : null;
          case BOOLEAN -> node.isBoolean() ? node.booleanValue() : null;
          case TIMESTAMP -> node.isTextual() ? Instant.parse(node.textValue()) : null;
          case DATE -> node.isTextual() ? LocalDate.parse(node.textValue()) : null;
          case JSON -> node.isContainerNode() ? node.toString() : null;
        };
    if (value == null) {
      throw new AssertionError(column + " came back as " + node.getNodeType() + ": " + node);
    }
    return value;
  }

  @Test
  void eachRowIsOneObjectOnItsOwnLine() throws Exception {
    write("t", SMALL, UpdateMode.REPLACE, small(1, "a\nb", 2, null));

    assertThat(Files.readString(file("t")))
        .isEqualTo("{\"id\":1,\"name\":\"a\\nb\"}\n{\"id\":2,\"name\":null}\n");
  }

  @Test
  void dashStreamsToStdout() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Sink sink = new DestinationParser(v -> null, new RunIds(new Random(1)), out).parse("jsonl:-");

    write(sink, small(1, "a"));

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"id\":1,\"name\":\"a\"}\n");
    assertThat(sink.describe()).isEqualTo("jsonl:-");
  }

  @Test
  void malformedJsonFailsItsRow() throws Exception {
    TableSchema schema =
        new TableSchema(List.of(new Column("j", ColumnType.JSON, null)), List.of());
    Sink sink = sink("t");

    try (SinkWriter writer = sink.open(schema, UpdateMode.REPLACE)) {
      assertThatThrownBy(() -> writer.write(new Object[] {"{\"a\":"}))
          .isInstanceOf(SinkException.class)
          .hasMessageStartingWith(
              sink.describe() + ": writing row 1 failed: Unexpected end-of-input");
    }

    assertThat(artifacts()).isEmpty();
  }

  private static void write(Sink sink, List<Object[]> rows) {
    try (SinkWriter writer = sink.open(SMALL, UpdateMode.REPLACE)) {
      for (Iterator<Object[]> it = rows.iterator(); it.hasNext(); ) {
        writer.write(it.next());
      }
      writer.commit();
    }
  }
}
