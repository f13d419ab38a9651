package io.totangoconnector.client.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What we know of Totango's search query language, in one place (see {@code totango-api.md} §2 and
 * §3). Items marked [ours] are this project's assumptions where the public record is silent: when a
 * user reports what the real service does, this is the one class to edit.
 */
public final class TotangoContract {
  /** Totango's page size limit ({@code count}) [doc]. */
  public static final int MAX_COUNT = 1000;

  /** The keys that name what a field or term is about, in the order we look for them. */
  public static final List<String> KEY_NAMES =
      List.of("term", "attribute", "metric", "aggregation", "activity");

  /** The query key that only a users search accepts. */
  public static final String PARENT_ACCOUNT_FIELDS = "parent_account_fields";

  /** The term type that only a users search accepts. */
  public static final String PARENT_ACCOUNT_TERM = "parent_account";

  /** The term type whose {@code or} array holds nested terms. */
  public static final String OR_TERM = "or";

  /** The top-level query keys we know; others pass through with a warning. */
  public static final Set<String> QUERY_KEYS =
      Set.of(
          "terms",
          "fields",
          "count",
          "offset",
          "sort_by",
          "sort_order",
          "scope",
          PARENT_ACCOUNT_FIELDS);

  /** Known term types and the operator keys seen with each ([ours]: the comparison extras). */
  public static final Map<String, Set<String>> TERM_OPERATORS =
      Map.ofEntries(
          Map.entry("string", Set.of("in_list", "contains")),
          Map.entry("string_attribute", Set.of("in_list")),
          Map.entry("number_attribute", Set.of("eq", "gt", "gte", "lt", "lte")),
          Map.entry("simple_date_attribute", Set.of("joker")),
          Map.entry("date", Set.of("gt", "gte", "eq", "lt", "lte", "joker")),
          Map.entry("owner", Set.of("is_one_of")),
          Map.entry("totango_user_scope", Set.of("is_one_of")),
          Map.entry("active_list", Set.of("is_in_one_of")),
          Map.entry("lifecycle_attribute_stage_by_id", Set.of("not_in_list")),
          Map.entry(PARENT_ACCOUNT_TERM, Set.of("terms")),
          Map.entry(OR_TERM, Set.of("or")),
          Map.entry("event_property", Set.of("eq")));

  /** Known field types and what their values are ([ours] where the contract says so). */
  public static final Map<String, ValueKind> FIELD_KINDS =
      Map.ofEntries(
          Map.entry("string", ValueKind.TEXT),
          Map.entry("number", ValueKind.NUMBER),
          Map.entry("string_attribute", ValueKind.TEXT),
          Map.entry("number_attribute", ValueKind.NUMBER),
          Map.entry("date_attribute", ValueKind.EPOCH_MILLIS),
          Map.entry("simple_date_attribute", ValueKind.ISO_DATE),
          Map.entry("date", ValueKind.EPOCH_MILLIS),
          Map.entry("simple_date", ValueKind.ISO_DATE),
          Map.entry("health_trend", ValueKind.JSON),
          Map.entry("health_reason", ValueKind.JSON),
          Map.entry("owner", ValueKind.JSON),
          Map.entry("on_attention", ValueKind.JSON),
          Map.entry("last_touch", ValueKind.JSON),
          Map.entry("number_metric", ValueKind.NUMBER),
          Map.entry("number_metric_change", ValueKind.NUMBER),
          Map.entry("named_aggregation", ValueKind.INTEGER),
          Map.entry("activity_aggregation", ValueKind.NUMBER),
          Map.entry("list_attribute", ValueKind.JSON),
          Map.entry("products", ValueKind.JSON),
          Map.entry("lifecycle_attribute", ValueKind.TEXT),
          Map.entry("health_score", ValueKind.NUMBER),
          Map.entry("health_dimension_score", ValueKind.NUMBER),
          Map.entry("last_touch_timestamp", ValueKind.EPOCH_MILLIS),
          Map.entry("lifecycle_attribute_stage_by_id_total_days", ValueKind.NUMBER));

  /**
   * The kind for an unknown field type: the decoder writes a scalar as its text and an object or
   * array as JSON text.
   */
  public static final ValueKind UNKNOWN_FIELD_KIND = ValueKind.TEXT;

  private TotangoContract() {}

  /** The value kind of a field type, or empty when we do not know the type. */
  public static Optional<ValueKind> fieldKind(String type) {
    return Optional.ofNullable(FIELD_KINDS.get(type));
  }

  /**
   * Where each column's value sits in a hit's {@code selected_fields}. Columns are the user's
   * {@code fields} in order, then the {@code parent_account_fields} in their listed order. [ours] A
   * parent field with an {@code index} takes {@code selected_fields[index]}; the other positions
   * are filled in order by the user fields, then by the parent fields without an index.
   *
   * @param fieldCount how many {@code fields}
   * @param parentIndexes each parent field's {@code index}, or null when it has none
   * @return for column {@code c}, its position in {@code selected_fields}
   * @throws IllegalArgumentException when an index is negative, repeated, or not below the total
   *     number of columns
   */
  public static int[] selectedFieldPositions(int fieldCount, List<Integer> parentIndexes) {
    int total = fieldCount + parentIndexes.size();
    boolean[] taken = new boolean[total];
    for (Integer index : parentIndexes) {
      if (index != null) {
        if (index < 0 || index >= total || taken[index]) {
          throw new IllegalArgumentException(
              "parent field index " + index + " must be unique and from 0 to " + (total - 1));
        }
        taken[index] = true;
      }
    }
    List<Integer> free = new ArrayList<>();
    for (int p = 0; p < total; p++) {
      if (!taken[p]) {
        free.add(p);
      }
    }
    int[] positions = new int[total];
    int nextFree = 0;
    for (int c = 0; c < total; c++) {
      Integer index = c < fieldCount ? null : parentIndexes.get(c - fieldCount);
      positions[c] = index != null ? index : free.get(nextFree++);
    }
    return positions;
  }
}
