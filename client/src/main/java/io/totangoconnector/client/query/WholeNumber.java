package io.totangoconnector.client.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Reads a JSON number that must be whole ({@code 200} or {@code 200.0}). */
final class WholeNumber {
  private WholeNumber() {}

  static BigInteger of(JsonNode node, String key, String where) {
    if (!node.isNumber()) {
      throw new QueryException(
          "\"" + key + "\" must be a number, not " + JsonShape.describe(node), where);
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    double d = node.doubleValue();
    if (!Double.isFinite(d) || d != Math.rint(d)) {
      throw new QueryException(
          "\"" + key + "\" must be a whole number, not " + node.asText(), where);
    }
    return BigDecimal.valueOf(d).toBigInteger();
  }
}
