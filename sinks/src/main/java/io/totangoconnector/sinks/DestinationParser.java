package io.totangoconnector.sinks;

import java.io.OutputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/** Parses destination URIs (see {@link Destinations}), with the environment and stdout injected. */
final class DestinationParser {
  private final Function<String, String> env;
  private final Supplier<String> runIds;
  private final OutputStream stdout;

  DestinationParser(Function<String, String> env, Supplier<String> runIds, OutputStream stdout) {
    this.env = env;
    this.runIds = runIds;
    this.stdout = stdout;
  }

  Sink parse(String uri) {
    if (uri == null || uri.isBlank()) {
      throw new DestinationSyntaxException(
          "No destination given; use one of " + Destinations.FORMS);
    }
    String text = uri.trim();
    int colon = text.indexOf(':');
    String kind = colon < 0 ? text : text.substring(0, colon);
    String rest = colon < 0 ? "" : text.substring(colon + 1);
    return switch (kind) {
      case "duckdb" -> duckDb(text, rest);
      case "csv" -> TextFileSink.csv(text, path(text, rest), runIds);
      case "jsonl" ->
          rest.equals("-")
              ? TextFileSink.jsonLines(text, stdout)
              : TextFileSink.jsonLines(text, path(text, rest), runIds);
      case "parquet" -> new ParquetSink(text, path(text, rest), runIds);
      case "postgresql", "postgres" -> PostgresLocation.parse(text, env).sink(runIds);
      default ->
          throw new DestinationSyntaxException(
              "Unknown destination '" + redact(text) + "': use one of " + Destinations.FORMS);
    };
  }

  /** The URI without a password, for messages. */
  static String redact(String text) {
    return text.replaceAll("password=[^&#]*", "password=***").replaceAll("//[^/@#]*@", "//***@");
  }

  private Sink duckDb(String text, String rest) {
    int hash = rest.lastIndexOf('#');
    if (hash < 0) {
      throw new DestinationSyntaxException(
          "The destination '" + text + "' names no table: use duckdb:PATH#TABLE");
    }
    Path path = path(text, rest.substring(0, hash));
    return new DuckDbSink(path, table(text, rest.substring(hash + 1), "main"), text, runIds);
  }

  static TableRef table(String text, String spec, String defaultSchema) {
    if (spec.isBlank()) {
      throw new DestinationSyntaxException(
          "The destination '" + text + "' has an empty table name after '#'");
    }
    try {
      return TableRef.parse(spec, defaultSchema);
    } catch (IllegalArgumentException e) {
      throw new DestinationSyntaxException("In the destination '" + text + "', " + e.getMessage());
    }
  }

  private static Path path(String text, String pathText) {
    if (pathText.isBlank()) {
      throw new DestinationSyntaxException(
          "The destination '" + text + "' has no file path; use one of " + Destinations.FORMS);
    }
    if (pathText.equals("-")) {
      throw new DestinationSyntaxException(
          "The destination '" + text + "' cannot write to stdout; only jsonl:- can");
    }
    try {
      return Path.of(pathText);
    } catch (InvalidPathException e) {
      throw new DestinationSyntaxException(
          "The destination '" + text + "' has an invalid file path: " + e.getMessage());
    }
  }
}
