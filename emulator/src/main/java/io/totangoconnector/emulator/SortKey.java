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

  /** Order of two sort values: nulls, then numbers, then texts; per direction. */
  Comparator<Object> valueOrder() {
    Comparator<Object> ascending = Comparator.nullsFirst(SortKey::compareValues);
    if (!ContractChoices.NULLS_FIRST_IN_ASC) {
      ascending = Comparator.nullsLast(SortKey::compareValues);
    }
    return descending ? ascending.reversed() : ascending;
  }

  private static int compareValues(Object x, Object y) {
    if (x instanceof Number a && y instanceof Number b) {
      return Double.compare(a.doubleValue(), b.doubleValue());
    }
    if (x instanceof Number || y instanceof Number) {
      return x instanceof Number ? -1 : 1;
    }
    String a = x.toString();
    String b = y.toString();
    int folded = a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
    return folded != 0 ? folded : a.compareTo(b);
  }
}
