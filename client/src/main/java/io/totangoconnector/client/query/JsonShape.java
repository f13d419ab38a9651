package io.totangoconnector.client.query;

import com.fasterxml.jackson.databind.JsonNode;

/** Names a JSON value's shape for messages: "an array", "a string", ... */
final class JsonShape {
  private JsonShape() {}

  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
