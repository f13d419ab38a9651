package io.totangoconnector.client.query;

import com.fasterxml.jackson.databind.JsonNode;

/** Shape checks shared by terms and fields, each naming the place of a problem. */
final class QueryItems {
  private QueryItems() {}

  /** {@code item} as an object, or the error "Each term must be an object, not ...". */
  static JsonNode object(JsonNode item, String where, String what) {
    if (!item.isObject()) {
      throw new QueryException(
          "Each " + what + " must be an object, not " + JsonShape.describe(item), where);
    }
    return item;
  }

  /** The item's non-empty {@code type}. */
  static String type(JsonNode item, String where, String what) {
    JsonNode type = item.get("type");
    String at = where + ".type";
    if (type == null || type.isNull()) {
      throw new QueryException("The " + what + " has no \"type\"", at);
    }
    if (!type.isTextual()) {
      throw new QueryException("\"type\" must be a string, not " + JsonShape.describe(type), at);
    }
    if (type.textValue().isBlank()) {
      throw new QueryException("\"type\" is empty", at);
    }
    return type.textValue();
  }

  /** The text of an optional string member, or null when it is absent or JSON null. */
  static String optionalText(JsonNode item, String key, String where) {
    JsonNode value = item.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new QueryException(
          "\"" + key + "\" must be a string, not " + JsonShape.describe(value),
          where.isEmpty() ? key : where + "." + key);
    }
    return value.textValue();
  }

  /** The array under {@code key}, or the error naming what it is instead. */
  static JsonNode array(JsonNode value, String where, String needs) {
    if (value == null || !value.isArray()) {
      throw new QueryException(
          needs + " must be an array, not " + JsonShape.describe(value), where);
    }
    return value;
  }
}
