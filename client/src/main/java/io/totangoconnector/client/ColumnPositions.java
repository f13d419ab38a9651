package io.totangoconnector.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.client.query.FieldSpec;
import io.totangoconnector.client.query.SearchQuery;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Where each column's value sits in a hit's {@code selected_fields}. [ours] The query's {@code
 * fields} occupy positions 0..n-1; a {@code parent_account_fields} item with {@code "index": k}
 * takes position k; the items without an index take the free positions from n upwards, in order.
 * Stands in until the query module publishes the same rule.
 */
final class ColumnPositions {
  private ColumnPositions() {}

  /** Position of each of {@code query.columns()} in {@code selected_fields}. */
  static int[] of(SearchQuery query) {
    List<FieldSpec> columns = query.columns();
    List<Integer> parentIndexes = explicitIndexes(query.json().get("parent_account_fields"));
    int[] positions = new int[columns.size()];
    List<Integer> unplaced = new ArrayList<>();
    BitSet taken = new BitSet();
    int userFields = 0;
    int parent = 0;
    for (int j = 0; j < columns.size(); j++) {
      if (!columns.get(j).parentAccount()) {
        positions[j] = userFields++;
        taken.set(positions[j]);
        continue;
      }
      Integer index = parent < parentIndexes.size() ? parentIndexes.get(parent) : null;
      parent++;
      if (index == null) {
        unplaced.add(j);
      } else {
        positions[j] = index;
        taken.set(index);
      }
    }
    int next = userFields;
    for (int j : unplaced) {
      next = taken.nextClearBit(next);
      positions[j] = next;
      taken.set(next);
    }
    return positions;
  }

  /** Each item's non-negative integer {@code index}, or null where it has none. */
  private static List<Integer> explicitIndexes(JsonNode parentFields) {
    List<Integer> indexes = new ArrayList<>();
    if (parentFields != null && parentFields.isArray()) {
      for (JsonNode item : parentFields) {
        JsonNode index = item.get("index");
        boolean usable = index != null && index.canConvertToInt() && index.asInt() >= 0;
        indexes.add(usable && index.isIntegralNumber() ? Integer.valueOf(index.asInt()) : null);
      }
    }
    return indexes;
  }
}
