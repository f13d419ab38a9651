package io.totangoconnector.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Field types whose values are JSON objects or metrics, in the contract's shapes. */
final class AccountObjects {
  private AccountObjects() {}

  static Function<Subject, Object> reader(String type, JsonNode f) {
    return switch (type) {
      case "health_trend" -> FieldValues.account(AccountObjects::healthTrend);
      case "health_reason" -> FieldValues.account(AccountObjects::healthReason);
      case "on_attention" -> FieldValues.account(AccountObjects::onAttention);
      case "last_touch" -> FieldValues.account(AccountObjects::lastTouch);
      case "last_touch_timestamp" -> FieldValues.account(AccountRecord::lastTouchTime);
      case "health_score" -> FieldValues.account(AccountRecord::score);
      case "health_dimension_score" -> s -> Metrics.score(s, type, f.path("dimension").asText());
      case "number_metric" ->
          s -> Metrics.number(s, f.path("metric").asText(), f.path("source").asText());
      case "number_metric_change" ->
          s -> Metrics.change(s, f.path("metric").asText(), f.path("duration").asText());
      case "named_aggregation" ->
          s -> Metrics.count(s, f.path("aggregation").asText(), f.path("duration").asText());
      case "activity_aggregation" ->
          s -> Metrics.count(s, f.path("activity").asText(), f.path("duration").asText());
      default -> s -> null;
    };
  }

  static Object owner(AccountRecord a, String role) {
    Owner o =
        role == null ? a.owners().values().stream().findFirst().orElse(null) : a.owners().get(role);
    return o == null ? null : object("owner_value", o.name(), "owner_tid_value", o.email());
  }

  private static Object healthTrend(AccountRecord a) {
    if (a.health() == null) {
      return null;
    }
    long offset = (1 + Math.floorMod(a.id().hashCode(), 60)) * Generator.DAY;
    return object(
        "health", a.health(),
        "health_prev", a.healthPrev(),
        "change_date", a.healthChangeDate(),
        "offset", offset);
  }

  private static Object healthReason(AccountRecord a) {
    Map<String, Object> term =
        object(
            "type",
            "number_metric",
            "metric",
            "active_users",
            "description",
            "Active users in the last 14 days");
    long value = a.score() == null ? 0 : Math.round(a.score());
    return object(
        "reasons",
        List.of(
            object(
                "value", value, "reason_term", term, "term_passed", "green".equals(a.health()))));
  }

  private static Object onAttention(AccountRecord a) {
    return object("on_attention", a.onAttentionDate() != null, "date_added", a.onAttentionDate());
  }

  private static Object lastTouch(AccountRecord a) {
    if (a.lastTouchBy() == null) {
      return null;
    }
    return object(
        "totango_user_name", a.lastTouchBy(), "touch_time", object("date", a.lastTouchTime()));
  }

  /** An ordered JSON object from key, value pairs (values may be null). */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
