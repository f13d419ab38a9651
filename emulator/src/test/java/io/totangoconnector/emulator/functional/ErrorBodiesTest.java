package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {
  private static final String QUERY = "{\"terms\":[],\"fields\":[],\"count\":1}";
  private final Api api = new Api(SharedEmulator.get());

  private HttpResponse<String> query(String json) {
    return api.post("accounts", Api.TOKEN, Api.form(json));
  }

  @Test
  void missingTokenIs401() {
    HttpResponse<String> response = api.post("accounts", null, Api.form(QUERY));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body())
        .isEqualTo("{\"status\":\"failed\",\"_error\":\"Missing app-token header\"}");
  }

  @Test
  void unknownTokenIs403() {
    HttpResponse<String> response = api.post("accounts", "not-a-token", Api.form(QUERY));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body())
        .isEqualTo("{\"status\":\"failed\",\"_error\":\"Invalid app token\"}");
  }

  @Test
  void malformedJsonIs400() {
    HttpResponse<String> response = query("{\"terms\":[");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Api.parse(response.body()).path("status").asText()).isEqualTo("failed");
    assertThat(Api.parse(response.body()).path("_error").asText())
        .startsWith("query is not valid JSON: ");
  }

  @Test
  void unknownTermTypeIs400() {
    HttpResponse<String> response = query("{\"terms\":[{\"type\":\"magic\"}],\"fields\":[]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Api.parse(response.body()).path("_error").asText())
        .startsWith("terms[0].type 'magic' is not a known term type; expected one of [string, ");
  }

  @Test
  void fieldsNotAnArrayIs400() {
    HttpResponse<String> response = query("{\"terms\":[],\"fields\":{}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"status\":\"failed\",\"_error\":\"fields must be an array, was object\"}");
  }

  @Test
  void countOver1000Is400() {
    HttpResponse<String> response = query("{\"terms\":[],\"fields\":[],\"count\":1001}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"status\":\"failed\",\"_error\":\"count 1001 is over the maximum of 1000\"}");
  }

  @Test
  void termWithoutOperatorIs400() {
    HttpResponse<String> response =
        query("{\"terms\":[{\"type\":\"string\",\"term\":\"health\"}],\"fields\":[]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Api.parse(response.body()).path("_error").asText())
        .isEqualTo("terms[0] has no operator; expected one of [in_list, contains, not_in_list]");
  }
}
