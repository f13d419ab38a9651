package io.totangoconnector.sinks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A CSV or JSON Lines file (UTF-8, no byte order mark), rewritten whole through a temporary file
 * and an atomic rename; or JSON Lines streamed to stdout ({@code jsonl:-}), which cannot be atomic:
 * rows already printed stay printed when a run fails.
 */
final class TextFileSink implements Sink {
  private final String description;
  private final Path path;
  private final OutputStream stream;
  private final BiFunction<Writer, TableSchema, RowEncoder> encoders;
  private final Supplier<String> runIds;

  private TextFileSink(
      String description,
      Path path,
      OutputStream stream,
      BiFunction<Writer, TableSchema, RowEncoder> encoders,
      Supplier<String> runIds) {
    this.description = description;
    this.path = path;
    this.stream = stream;
    this.encoders = encoders;
    this.runIds = runIds;
  }

  static TextFileSink csv(String description, Path path, Supplier<String> runIds) {
    return new TextFileSink(description, path, null, CsvEncoder::new, runIds);
  }

  static TextFileSink jsonLines(String description, Path path, Supplier<String> runIds) {
    return new TextFileSink(description, path, null, JsonLinesEncoder::new, runIds);
  }

  /** JSON Lines to a stream that is flushed, never closed. */
  static TextFileSink jsonLines(String description, OutputStream stream) {
    return new TextFileSink(description, null, stream, JsonLinesEncoder::new, null);
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public boolean supports(UpdateMode mode) {
    return mode == UpdateMode.REPLACE;
  }

  @Override
  public SinkWriter open(TableSchema schema, UpdateMode mode) {
    FileModes.requireReplace(description, mode);
    try {
      if (path == null) {
        Writer writer = buffered(stream);
        return new TextFileWriter(
            description, schema, writer, encoders.apply(writer, schema), null);
      }
      FileTarget target = new FileTarget(path, runIds.get());
      target.prepare();
      Writer writer = buffered(Files.newOutputStream(target.temp()));
      try {
        return new TextFileWriter(
            description, schema, writer, encoders.apply(writer, schema), target);
      } catch (IOException | RuntimeException e) {
        writer.close(); // the header failed: no file handle or temporary file is left behind
        target.discard();
        throw e;
      }
    } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
      throw new SinkException(
          description
              + ": cannot write to "
              + e.getFile()
              + " (no such directory, or no permission).",
          e);
    } catch (IOException e) {
      throw new SinkException(description + ": cannot write the file: " + e.getMessage(), e);
    }
  }

  private static Writer buffered(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }
}
