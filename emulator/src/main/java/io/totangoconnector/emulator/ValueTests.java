package io.totangoconnector.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Compiles a term's operators into one test of a value (all operators present must hold). */
final class ValueTests {
  private ValueTests() {}

  /** in_list / contains / not_in_list on a String or a List of Strings. */
  static Predicate<Object> strings(JsonNode term, String where) {
    List<Predicate<Object>> tests = new ArrayList<>();
    if (term.has("in_list")) {
      Set<String> set = new HashSet<>(texts(term.get("in_list"), where + ".in_list"));
      tests.add(v -> anyValue(v, set::contains));
    }
    if (term.has("contains")) {
      List<String> needles = texts(term.get("contains"), where + ".contains");
      tests.add(v -> anyValue(v, s -> needles.stream().anyMatch(s::contains)));
    }
    if (term.has("not_in_list")) {
      Set<String> set = new HashSet<>(texts(term.get("not_in_list"), where + ".not_in_list"));
      tests.add(v -> !anyValue(v, set::contains));
    }
    return all(tests, where, ContractChoices.STRING_OPERATORS);
  }

  /** eq / gt / gte / lt / lte on a Number; null never matches. */
  static Predicate<Object> numbers(JsonNode term, String where) {
    List<Predicate<Object>> tests = new ArrayList<>();
    for (String op : ContractChoices.NUMBER_OPERATORS) {
      if (term.has(op)) {
        double bound = number(term.get(op), where + "." + op);
        tests.add(v -> v instanceof Number n && compare(op, n.doubleValue(), bound));
      }
    }
    return all(tests, where, ContractChoices.NUMBER_OPERATORS);
  }

  /** eq (0 = never) / gt / gte / lt / lte / joker on epoch-ms dates; null is "never". */
  static Predicate<Object> dates(JsonNode term, String where, long todayMidnight) {
    List<Predicate<Object>> tests = new ArrayList<>();
    for (String op : ContractChoices.DATE_OPERATORS) {
      if (!term.has(op)) {
        continue;
      }
      if (op.equals("joker")) {
        long[] range = Jokers.range(text(term.get(op), where + ".joker"), todayMidnight, where);
        tests.add(
            v -> v instanceof Number n && n.longValue() >= range[0] && n.longValue() < range[1]);
      } else {
        long bound = (long) number(term.get(op), where + "." + op);
        tests.add(dateTest(op, bound));
      }
    }
    return all(tests, where, ContractChoices.DATE_OPERATORS);
  }

  private static Predicate<Object> dateTest(String op, long bound) {
    if (op.equals("eq") && bound == ContractChoices.NEVER_ACTIVE) {
      return v -> v == null;
    }
    return v -> v instanceof Number n && compare(op, n.longValue(), bound);
  }

  private static boolean compare(String op, double value, double bound) {
    return switch (op) {
      case "eq" -> value == bound;
      case "gt" -> value > bound;
      case "gte" -> value >= bound;
      case "lt" -> value < bound;
      default -> value <= bound;
    };
  }

  private static boolean anyValue(Object value, Predicate<String> test) {
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(item -> item != null && test.test(normal(item.toString())));
    }
    return value != null && test.test(normal(value.toString()));
  }

  static String normal(String s) {
    return ContractChoices.STRING_MATCH_IGNORES_CASE ? s.toLowerCase(Locale.ROOT) : s;
  }

  private static Predicate<Object> all(
      List<Predicate<Object>> tests, String where, List<String> operators) {
    if (tests.isEmpty()) {
      throw new QueryProblem(where + " has no operator; expected one of " + operators);
    }
    return tests.stream().reduce(Predicate::and).orElseThrow();
  }

  static List<String> texts(JsonNode node, String where) {
    List<String> result = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> result.add(normal(text(item, where))));
    } else {
      result.add(normal(text(node, where)));
    }
    return result;
  }

  static String text(JsonNode node, String where) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      throw new QueryProblem(where + " must be a string");
    }
    return node.asText();
  }

  static double number(JsonNode node, String where) {
    if (node != null && node.isNumber()) {
      return node.asDouble();
    }
    if (node != null && node.isTextual()) {
      try {
        return Double.parseDouble(node.asText().trim());
      } catch (NumberFormatException e) {
        // fall through to the problem below
      }
    }
    throw new QueryProblem(where + " must be a number, was " + node);
  }
}
