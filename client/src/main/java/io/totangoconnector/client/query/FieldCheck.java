package io.totangoconnector.client.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns {@code fields} and {@code parent_account_fields} into columns, checking each item. */
final class FieldCheck {
  private final List<String> warnings;

  FieldCheck(List<String> warnings) {
    this.warnings = warnings;
  }

  /** The columns: {@code fields}, then {@code parentFields} (may be null), in listed order. */
  List<FieldSpec> columns(JsonNode fields, JsonNode parentFields) {
    List<FieldSpec> columns = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      columns.add(spec(fields.get(i), "fields[" + i + "]", false));
    }
    if (parentFields != null) {
      String name = TotangoContract.PARENT_ACCOUNT_FIELDS;
      for (int i = 0; i < parentFields.size(); i++) {
        columns.add(spec(parentFields.get(i), name + "[" + i + "]", true));
      }
      checkIndexes(parentFields, fields.size() + parentFields.size());
    }
    return columns;
  }

  private FieldSpec spec(JsonNode item, String at, boolean parent) {
    QueryItems.object(item, at, "field");
    String type = QueryItems.type(item, at, "field");
    String key = null;
    for (String name : TotangoContract.KEY_NAMES) {
      key = key != null ? key : QueryItems.optionalText(item, name, at);
    }
    String displayName = QueryItems.optionalText(item, "field_display_name", at);
    ValueKind kind =
        TotangoContract.fieldKind(type)
            .orElseGet(
                () -> {
                  warnings.add(
                      at
                          + ".type \""
                          + type
                          + "\" is not one we know; its values are stored as text");
                  return TotangoContract.UNKNOWN_FIELD_KIND;
                });
    return new FieldSpec(type, key, displayName, kind, parent);
  }

  /** Each {@code index} must name a distinct position among all the columns. */
  private static void checkIndexes(JsonNode parentFields, int columnCount) {
    Set<BigInteger> seen = new HashSet<>();
    for (int i = 0; i < parentFields.size(); i++) {
      JsonNode index = parentFields.get(i).get("index");
      if (index == null || index.isNull()) {
        continue;
      }
      String at = TotangoContract.PARENT_ACCOUNT_FIELDS + "[" + i + "].index";
      BigInteger value = WholeNumber.of(index, "index", at);
      if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(columnCount)) >= 0) {
        throw new QueryException(
            "\"index\" must be from 0 to " + (columnCount - 1) + " (the columns), not " + value,
            at);
      }
      if (!seen.add(value)) {
        throw new QueryException("\"index\" " + value + " is given to two parent fields", at);
      }
    }
  }
}
