package io.totangoconnector.client.query;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads the query's JSON text into a tree, with errors a person can act on. Positions count from
 * the opening brace: leading blanks are dropped first, so line 1 is the brace's line and the brace
 * is column 1; later lines keep their columns.
 */
final class QueryJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private QueryJson() {}

  /** The query object in {@code text}; also unwraps a JSON body {@code {"query": "<json>"}}. */
  static ObjectNode read(String text) {
    ObjectNode root = readObject(text);
    JsonNode inner = root.get("query");
    if (inner != null && inner.isTextual() && !root.has("terms") && !root.has("fields")) {
      return readObject(inner.textValue());
    }
    return root;
  }

  private static ObjectNode readObject(String pasted) {
    String text = pasted.stripLeading();
    if (text.isBlank()) {
      throw new QueryException("The query is empty: paste Totango's query JSON", "");
    }
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonNode root = MAPPER.readTree(parser);
      requireNothingAfter(text, (int) parser.currentLocation().getCharOffset());
      if (!root.isObject()) {
        throw new QueryException(
            "The query must be a JSON object in braces, not " + JsonShape.describe(root),
            "line 1, column 1");
      }
      return (ObjectNode) root;
    } catch (JsonProcessingException e) {
      throw new QueryException(
          "The query is not valid JSON: " + JacksonMessage.readable(e.getOriginalMessage()),
          where(e.getLocation()));
    } catch (IOException e) {
      throw new QueryException("The query could not be read: " + e.getClass().getSimpleName(), "");
    }
  }

  private static void requireNothingAfter(String text, int end) {
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next < text.length()) {
      throw new QueryException(
          "The query has more text after its closing brace; paste one JSON object",
          TextPosition.of(text, next).toString());
    }
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return new TextPosition(location.getLineNr(), location.getColumnNr()).toString();
  }
}
