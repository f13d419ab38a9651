package io.totangoconnector.emulator;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * How results are ordered: a key read from the record (and, for users, its account), the direction,
 * and the tie-break by id that makes the order total.
 */
record SortKey(String name, BiFunction<Subject, AccountRecord, Object> key, boolean descending) {

  static SortKey of(
      String sortBy, boolean descending, List<FieldSpec> own, List<FieldSpec> parent) {
    BiFunction<Subject, AccountRecord, Object> key =
        switch (sortBy) {
          case "display_name" -> (s, a) -> s.displayName();
          case "name" -> (s, a) -> s.id();
          case "last_activity_time" -> (s, a) -> s.lastActivityTime();
          default -> fieldKey(sortBy, own, parent);
        };
    return new SortKey(sortBy, key, descending);
  }

  private static BiFunction<Subject, AccountRecord, Object> fieldKey(
      String sortBy, List<FieldSpec> own, List<FieldSpec> parent) {
    for (boolean trimmed : new boolean[] {false, true}) {
      for (FieldSpec f : own) {
        if (sameName(f.displayName(), sortBy, trimmed)) {
          return (s, a) -> f.value().apply(s);
        }
      }
      for (FieldSpec f : parent) {
        if (sameName(f.displayName(), sortBy, trimmed)) {
          return (s, a) -> f.value().apply(a);
        }
      }
    }
    if (ContractChoices.UNKNOWN_SORT_IS_ERROR) {
      throw new QueryProblem(
          "sort_by '"
              + sortBy
              + "' is neither display_name, name, "
              + "last_activity_time nor the display name of a requested field");
    }
    return (s, a) -> s.displayName();
  }

  private static boolean sameName(String a, String b, boolean trimmed) {
    return trimmed ? a.trim().equals(b.trim()) : a.equals(b);
  }

  /** A sort value made cheap to compare: numbers as Double, anything else as folded text. */
  static Object normalize(Object value) {
    if (value == null || value instanceof Double) {
      return value;
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    String text = value.toString();
    return new Folded(text.toLowerCase(Locale.ROOT), text);
  }

  /** Text compared ignoring case first, then exactly (so the order is total). */
  private record Folded(String folded, String text) {}

  /** Order of two normalized sort values: nulls, then numbers, then texts; per direction. */
  Comparator<Object> valueOrder() {
    Comparator<Object> ascending = Comparator.nullsFirst(SortKey::compareValues);
    if (!ContractChoices.NULLS_FIRST_IN_ASC) {
      ascending = Comparator.nullsLast(SortKey::compareValues);
    }
    return descending ? ascending.reversed() : ascending;
  }

  private static int compareValues(Object x, Object y) {
    if (x instanceof Double a && y instanceof Double b) {
      return Double.compare(a, b);
    }
    if (x instanceof Double || y instanceof Double) {
      return x instanceof Double ? -1 : 1;
    }
    Folded a = (Folded) x;
    Folded b = (Folded) y;
    int folded = a.folded().compareTo(b.folded());
    return folded != 0 ? folded : a.text().compareTo(b.text());
  }
}
