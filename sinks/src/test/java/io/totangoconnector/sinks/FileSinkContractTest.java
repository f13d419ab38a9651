package io.totangoconnector.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract for file destinations: one file per name in a temporary directory. */
abstract class FileSinkContractTest extends SinkContractTest {
  @TempDir Path dir;

  /** {@code csv}, {@code jsonl} or {@code parquet}. */
  abstract String scheme();

  Path file(String name) {
    return dir.resolve(name + "." + scheme());
  }

  @Override
  Sink sink(String name) {
    DestinationParser parser =
        new DestinationParser(variable -> null, new RunIds(new Random(1)), System.out);
    return parser.parse(scheme() + ":" + file(name));
  }

  @Override
  Set<String> artifacts() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  @Override
  String artifactOf(String name) {
    return file(name).getFileName().toString();
  }

  @Override
  String stagingOf(String name, String runId) {
    return "." + artifactOf(name) + ".tc-" + runId + ".tmp";
  }

  @Override
  void createArtifact(String artifact) throws IOException {
    Files.writeString(dir.resolve(artifact), "half a file");
  }

  /** An in-memory DuckDB to read files back with. */
  static Connection duckDb() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:", DuckDbSink.offline());
  }

  /** DuckDB hands back a TIMESTAMP as its UTC wall-clock time. */
  static final JdbcReads.Timestamps DUCKDB_TIMESTAMPS =
      (rs, i) -> {
        java.time.LocalDateTime value = rs.getObject(i, java.time.LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
      };

  @Test
  void filesRefuseAppendAndMerge() {
    Sink sink = sink("t");

    for (UpdateMode mode : List.of(UpdateMode.APPEND, UpdateMode.MERGE)) {
      assertThat(sink.supports(mode)).isFalse();
      assertThatThrownBy(() -> sink.open(SMALL, mode))
          .isInstanceOf(SinkException.class)
          .hasMessage(
              sink.describe()
                  + " supports only --mode replace (files are rewritten whole);"
                  + " use a database destination for append or merge.");
    }
  }
}
