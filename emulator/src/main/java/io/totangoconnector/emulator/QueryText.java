package io.totangoconnector.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Finds the query's JSON text in a request body: the form field {@code query} (other fields
 * ignored), or a JSON body {@code {"query": "<json text>"}}.
 */
final class QueryText {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private QueryText() {}

  static String from(byte[] body, String contentType) {
    String text = new String(body, StandardCharsets.UTF_8);
    boolean json = contentType != null && contentType.toLowerCase().contains("json");
    if (json || text.stripLeading().startsWith("{")) {
      return fromJsonBody(text);
    }
    return fromForm(text);
  }

  private static String fromJsonBody(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      JsonNode query = node == null ? null : node.get("query");
      if (query == null) {
        throw new QueryProblem("a JSON body must be {\"query\": \"<json text>\"}");
      }
      return query.isTextual() ? query.asText() : query.toString();
    } catch (IOException e) {
      throw new QueryProblem("the JSON body is not valid JSON: " + e.getMessage());
    }
  }

  /** Lenient decoding: curl's --data sends raw JSON, so a stray % must survive. */
  private static String fromForm(String text) {
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq)).strip();
      if (name.equals("query")) {
        return eq < 0 ? "" : decode(pair.substring(eq + 1));
      }
    }
    throw new QueryProblem("query is missing: send the JSON query in the form field 'query'");
  }

  static String decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '+') {
        out.write(' ');
      } else if (b == '%'
          && i + 2 < bytes.length
          && hex(bytes[i + 1]) >= 0
          && hex(bytes[i + 2]) >= 0) {
        out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
        i += 2;
      } else {
        out.write(b);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }
}
