package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Every field type yields a value of the contract's shape at its position. */
class FieldShapesTest {
  private final Api api = new Api(SharedEmulator.get());

  private static final List<Object[]> SHAPES =
      List.of(
          shape(
              "{\"type\":\"string\",\"term\":\"health\"}",
              v -> v.asText().matches("green|yellow|red")),
          shape("{\"type\":\"string\",\"term\":\"status\"}", JsonNode::isTextual),
          shape(
              "{\"type\":\"string\",\"term\":\"identifier\"}", v -> v.asText().startsWith("acc-")),
          shape(
              "{\"type\":\"number\",\"term\":\"contract_value\"}", v -> v.isDouble() || v.isNull()),
          shape("{\"type\":\"number\",\"term\":\"score\"}", JsonNode::isDouble),
          shape(
              "{\"type\":\"string_attribute\",\"attribute\":\"Plan (tier)\"}", JsonNode::isTextual),
          shape("{\"type\":\"number_attribute\",\"attribute\":\"ARR ($)\"}", JsonNode::isDouble),
          shape(
              "{\"type\":\"date_attribute\",\"attribute\":\"Contract Start [UTC]\"}",
              JsonNode::isIntegralNumber),
          shape(
              "{\"type\":\"simple_date_attribute\",\"attribute\":\"Contract Start [UTC]\"}",
              v -> v.asText().matches("\\d{4}-\\d{2}-\\d{2}")),
          shape(
              "{\"type\":\"date\",\"term\":\"last_activity_time\"}",
              v -> v.isIntegralNumber() || v.isNull()),
          shape(
              "{\"type\":\"simple_date\",\"term\":\"simple_last_activity_time\"}",
              v -> v.isNull() || v.asText().matches("\\d{4}-\\d{2}-\\d{2}")),
          shape("{\"type\":\"health_trend\"}", v -> v.has("health_prev") && v.has("change_date")),
          shape("{\"type\":\"health_reason\"}", v -> v.path("reasons").get(0).has("term_passed")),
          shape(
              "{\"type\":\"owner\",\"account_role\":\"Success Manager\"}",
              v -> v.isNull() || v.path("owner_tid_value").asText().contains("@")),
          shape(
              "{\"type\":\"on_attention\"}",
              v -> v.path("on_attention").isBoolean() && v.has("date_added")),
          shape(
              "{\"type\":\"last_touch\"}",
              v -> v.isNull() || v.path("touch_time").path("date").isIntegralNumber()),
          shape(
              "{\"type\":\"number_metric\",\"metric\":\"m\",\"source\":\"s\"}", JsonNode::isNumber),
          shape(
              "{\"type\":\"number_metric_change\",\"metric\":\"m\",\"duration\":7,"
                  + "\"relative_to\":\"x\"}",
              v -> v.isDouble() && Math.abs(v.asDouble()) <= 1),
          shape(
              "{\"type\":\"named_aggregation\",\"aggregation\":\"unique_users\",\"duration\":14}",
              JsonNode::isIntegralNumber),
          shape(
              "{\"type\":\"activity_aggregation\",\"activity\":\"login\",\"duration\":30}",
              JsonNode::isNumber),
          shape(
              "{\"type\":\"list_attribute\",\"attribute\":\"Products in use\"}", JsonNode::isArray),
          shape("{\"type\":\"products\"}", JsonNode::isArray),
          shape(
              "{\"type\":\"lifecycle_attribute\",\"attribute\":\"Customer Lifecycle\"}",
              v -> v.isNull() || v.isTextual()),
          shape("{\"type\":\"health_score\"}", JsonNode::isNumber),
          shape("{\"type\":\"health_dimension_score\"}", JsonNode::isNumber),
          shape("{\"type\":\"last_touch_timestamp\"}", v -> v.isNull() || v.isIntegralNumber()),
          shape("{\"type\":\"lifecycle_attribute_stage_by_id_total_days\"}", JsonNode::isNumber),
          shape("{\"type\":\"something_new\"}", JsonNode::isNull));

  private static Object[] shape(String field, Predicate<JsonNode> test) {
    return new Object[] {field, test};
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFieldTypeYieldsItsShapeAtItsPosition() {
    List<String> fields = new ArrayList<>();
    SHAPES.forEach(s -> fields.add((String) s[0]));
    JsonNode hits =
        api.search(
                "accounts",
                "{\"terms\":[],\"count\":200,\"fields\":[" + String.join(",", fields) + "]}")
            .path("hits");

    assertThat(hits).hasSize(200);
    for (JsonNode hit : hits) {
      JsonNode values = hit.path("selected_fields");
      assertThat(values).hasSize(SHAPES.size());
      for (int i = 0; i < SHAPES.size(); i++) {
        assertThat(((Predicate<JsonNode>) SHAPES.get(i)[1]).test(values.get(i)))
            .as(SHAPES.get(i)[0] + " gave " + values.get(i))
            .isTrue();
      }
    }
  }

  @Test
  void neverActiveAccountsHaveNullLastActivity() {
    JsonNode hits =
        api.search(
                "accounts",
                "{\"terms\":[{\"type\":\"date\",\"term\":"
                    + "\"last_activity_time\",\"eq\":0}],\"count\":1000,\"fields\":[]}")
            .path("hits");

    assertThat(hits).hasSize(40);
    hits.forEach(h -> assertThat(h.get("last_activity_time").isNull()).isTrue());
  }

  @Test
  void dataHoldsTheAwkwardNames() {
    List<String> names =
        SharedEmulator.data().accounts().stream().map(a -> a.displayName()).toList();

    assertThat(names).contains("<script>alert(1)</script>");
    assertThat(names).anyMatch(n -> n.contains("\n"));
    assertThat(names).anyMatch(n -> n.contains("\"") && n.contains(","));
    assertThat(names).anyMatch(n -> n.chars().anyMatch(c -> c > 0x3000));
  }
}
