package io.totangoconnector.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.client.query.FieldSpec;
import io.totangoconnector.client.query.SearchQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each column's value sits in a hit's {@code selected_fields}. [ours] A {@code
 * parent_account_fields} item with {@code "index": k} takes position k; the query's {@code fields},
 * then the parent items without an index, fill the remaining positions in order. With no indexes
 * (or indexes past the user fields) the fields take 0..n-1. This is the emulator's reading of the
 * contract too; it stands in until the query module publishes the rule.
 */
final class ColumnPositions {
  private static final int FREE = -1;

  private ColumnPositions() {}

  /** Position of each of {@code query.columns()} in {@code selected_fields}. */
  static int[] of(SearchQuery query) {
    List<FieldSpec> columns = query.columns();
    List<Integer> indexes = explicitIndexes(query.json().get("parent_account_fields"));
    int[] owner = new int[columns.size()]; // position -> column, or FREE
    Arrays.fill(owner, FREE);
    List<Integer> userColumns = new ArrayList<>();
    List<Integer> unindexed = new ArrayList<>();
    int parent = 0;
    for (int j = 0; j < columns.size(); j++) {
      if (!columns.get(j).parentAccount()) {
        userColumns.add(j);
        continue;
      }
      Integer index = parent < indexes.size() ? indexes.get(parent) : null;
      parent++;
      if (index != null && index < owner.length && owner[index] == FREE) {
        owner[index] = j;
      } else {
        unindexed.add(j);
      }
    }
    userColumns.addAll(unindexed);
    return invert(fillGaps(owner, userColumns));
  }

  private static int[] fillGaps(int[] owner, List<Integer> inOrder) {
    int at = 0;
    for (int column : inOrder) {
      while (owner[at] != FREE) {
        at++;
      }
      owner[at] = column;
    }
    return owner;
  }

  private static int[] invert(int[] owner) {
    int[] positions = new int[owner.length];
    for (int position = 0; position < owner.length; position++) {
      positions[owner[position]] = position;
    }
    return positions;
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
