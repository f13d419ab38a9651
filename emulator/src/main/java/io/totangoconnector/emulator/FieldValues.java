package io.totangoconnector.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The value each field type yields for a record, in the shapes of the contract's field table:
 * String, Double, Long, List, ordered Map (a JSON object) or null.
 */
final class FieldValues {
  private FieldValues() {}

  static FieldSpec compile(JsonNode field, String where) {
    if (!field.isObject() || !field.path("type").isTextual()) {
      throw new QueryProblem(where + " must be an object with a string \"type\"");
    }
    String type = field.get("type").asText();
    String name = displayName(field, type);
    Integer index = field.has("index") ? (int) ValueTests.number(field.get("index"), where) : null;
    return new FieldSpec(name, field, index, reader(type, field));
  }

  private static String displayName(JsonNode field, String type) {
    for (String key : List.of("field_display_name", "attribute", "term", "metric", "aggregation")) {
      if (field.path(key).isTextual()) {
        return field.get(key).asText();
      }
    }
    return type;
  }

  private static Function<Subject, Object> reader(String type, JsonNode f) {
    String attribute = f.path("attribute").asText(null);
    return switch (type) {
      case "string" -> stringTerm(f.path("term").asText(""));
      case "number" -> numberTerm(f.path("term").asText(""));
      case "string_attribute" -> s -> asText(s.attributes().get(attribute));
      case "number_attribute" -> s -> asDouble(s.attributes().get(attribute));
      case "date_attribute" -> s -> asLong(s.attributes().get(attribute));
      case "simple_date_attribute" -> s -> isoDate(asLong(s.attributes().get(attribute)));
      case "date" -> dateTerm(f.path("term").asText(""));
      case "simple_date" -> s -> isoDate(asLong(dateTerm(f.path("term").asText("")).apply(s)));
      case "list_attribute" -> s -> asList(s.attributes().get(attribute));
      case "products" -> s -> asList(s.attributes().get(Vocabulary.PRODUCTS));
      case "lifecycle_attribute" -> account(a -> stageName(a, attribute));
      case "lifecycle_attribute_stage_by_id_total_days" -> account(a -> Metrics.days(a, type));
      case "owner" -> account(a -> AccountObjects.owner(a, f.path("account_role").asText(null)));
      default -> AccountObjects.reader(type, f);
    };
  }

  private static Function<Subject, Object> stringTerm(String term) {
    return switch (term) {
      case "health" -> account(AccountRecord::health);
      case "status" -> account(FieldValues::statusName);
      case "status_group" -> account(AccountRecord::statusGroup);
      case "identifier", "name" -> Subject::id;
      case "display_name", "search_name" -> Subject::displayName;
      default -> s -> null;
    };
  }

  private static Function<Subject, Object> numberTerm(String term) {
    return switch (term) {
      case "contract_value" -> account(AccountRecord::contractValue);
      case "score" -> account(AccountRecord::score);
      default -> s -> null;
    };
  }

  private static Function<Subject, Object> dateTerm(String term) {
    return switch (term) {
      case "last_activity_time", "simple_last_activity_time" -> Subject::lastActivityTime;
      case "first_activity_time", "simple_first_activity_time" ->
          s -> s instanceof UserRecord u ? u.firstActivityTime() : null;
      default -> s -> null;
    };
  }

  /** Reads an account-only value; null for users. */
  static Function<Subject, Object> account(Function<AccountRecord, Object> read) {
    return s -> s instanceof AccountRecord a ? read.apply(a) : null;
  }

  static String statusName(AccountRecord a) {
    if (a.statusGroup() == null) {
      return null;
    }
    int i = Vocabulary.STATUS_GROUPS.indexOf(a.statusGroup());
    return i >= 0 ? Vocabulary.STATUS_NAMES.get(i) : a.statusGroup();
  }

  private static Object stageName(AccountRecord a, String attribute) {
    String id = a.lifecycleStages().get(attribute);
    if (id == null) {
      return null;
    }
    int i = Vocabulary.STAGE_IDS.indexOf(id);
    return i >= 0 ? Vocabulary.STAGE_NAMES.get(i) : id;
  }

  private static Object asText(Object v) {
    if (v instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return v == null ? null : v.toString();
  }

  private static Object asDouble(Object v) {
    return v instanceof Number n ? n.doubleValue() : null;
  }

  private static Long asLong(Object v) {
    return v instanceof Number n ? n.longValue() : null;
  }

  private static Object asList(Object v) {
    if (v instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return v == null ? null : List.of(v.toString());
  }

  static String isoDate(Long epochMillis) {
    if (epochMillis == null) {
      return null;
    }
    return LocalDate.ofEpochDay(Math.floorDiv(epochMillis, Generator.DAY)).toString();
  }
}
