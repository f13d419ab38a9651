package io.totangoconnector.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.client.query.FieldSpec;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.TotangoContract;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each column's value sits in a hit's {@code selected_fields}: reads the parent fields'
 * {@code index} keys from the query and applies the contract's one rule, {@link
 * TotangoContract#selectedFieldPositions}.
 */
final class ColumnPositions {
  private ColumnPositions() {}

  /** Position of each of {@code query.columns()} in {@code selected_fields}. */
  static int[] of(SearchQuery query) {
    List<FieldSpec> columns = query.columns();
    int fieldCount = (int) columns.stream().filter(c -> !c.parentAccount()).count();
    List<Integer> indexes = explicitIndexes(query.json().get("parent_account_fields"));
    while (indexes.size() < columns.size() - fieldCount) {
      indexes.add(null);
    }
    return TotangoContract.selectedFieldPositions(
        fieldCount, indexes.subList(0, columns.size() - fieldCount));
  }

  /** Each item's non-negative integer {@code index}, or null where it has none. */
  private static List<Integer> explicitIndexes(JsonNode parentFields) {
    List<Integer> indexes = new ArrayList<>();
    if (parentFields != null && parentFields.isArray()) {
      for (JsonNode item : parentFields) {
        JsonNode index = item.get("index");
        boolean usable = index != null && index.isIntegralNumber() && index.canConvertToInt();
        indexes.add(usable && index.asInt() >= 0 ? Integer.valueOf(index.asInt()) : null);
      }
    }
    return indexes;
  }
}
