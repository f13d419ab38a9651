package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentedExampleTest {
  /** The query of totango-api.md section 5, as curl sends it: raw, not URL-encoded. */
  static final String DOCUMENTED_BODY =
      """
      query={
      "terms":[
      {"type":"string","term":"status_group","in_list":["paying"]}
      ],
      "count":1000,
      "offset":0,
      "fields":[
      {"type":"string","term":"health","field_display_name":"Health rank "},
      {"type":"health_trend","field_display_name":"Health last change "},
      {"type":"string_attribute","attribute":"Success Manager","field_display_name":"Success Manager"}
      ],
      "sort_by":"display_name",
      "sort_order":"ASC",
      "scope":"all"
      }""";

  static Emulator emulator;
  static Api api;

  @BeforeAll
  static void start() {
    emulator =
        Emulator.start(
            EmulatorConfig.builder()
                .clock(Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneOffset.UTC))
                .rateLimitOff()
                .build());
    api = new Api(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void documentedExampleAnswersSuccessWithThreePositionalFields() {
    HttpResponse<String> response = api.post("accounts", "demo-token", DOCUMENTED_BODY);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode root = Api.parse(response.body());
    assertThat(root.path("status").asText()).isEqualTo("success");
    long paying =
        emulator.dataset().accounts().stream()
            .filter(a -> "paying".equals(a.statusGroup()))
            .count();
    JsonNode accounts = root.path("response").path("accounts");
    assertThat(accounts.path("total_hits").asLong()).isEqualTo(paying);
    assertThat(accounts.path("hits")).hasSize((int) Math.min(1000, paying));
    for (JsonNode hit : accounts.path("hits")) {
      JsonNode fields = hit.path("selected_fields");
      assertThat(fields).hasSize(3);
      assertThat(fields.get(0).asText()).isIn("green", "yellow", "red");
      assertThat(fields.get(1).isObject()).isTrue();
      assertThat(fields.get(1).fieldNames())
          .toIterable()
          .containsExactly("health", "health_prev", "change_date", "offset");
      assertThat(fields.get(1).path("change_date").isIntegralNumber()).isTrue();
      assertThat(fields.get(2).isTextual() || fields.get(2).isNull()).isTrue();
    }
  }

  @Test
  void envelopeCarriesTheDocumentedKeys() {
    JsonNode root = Api.parse(api.post("accounts", "demo-token", DOCUMENTED_BODY).body());

    assertThat(root.fieldNames())
        .toIterable()
        .containsExactly(
            "response", "service_id", "_revision", "_type", "_version", "status", "took");
    assertThat(root.path("_version").isDouble()).isTrue();
    JsonNode hit = root.path("response").path("accounts").path("hits").get(0);
    assertThat(hit.fieldNames())
        .toIterable()
        .containsExactly("name", "display_name", "last_activity_time", "selected_fields");
  }

  @Test
  void hitsCarryTheRecordsOwnNameAndDisplayName() {
    JsonNode hit =
        Api.parse(api.post("accounts", "demo-token", DOCUMENTED_BODY).body())
            .path("response")
            .path("accounts")
            .path("hits")
            .get(0);

    var record =
        emulator.dataset().accounts().stream()
            .filter(a -> a.id().equals(hit.path("name").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(hit.path("display_name").asText()).isEqualTo(record.displayName());
    assertThat(hit.path("selected_fields").get(0).asText()).isEqualTo(record.health());
  }
}
