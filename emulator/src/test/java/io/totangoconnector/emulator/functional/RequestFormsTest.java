package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The body shapes clients send: form field with leading space, extra fields, JSON body. */
class RequestFormsTest {
  private static final String QUERY =
      "{\"terms\":[{\"type\":\"string\",\"term\":\"health\",\"in_list\":[\"green\"]}],"
          + "\"fields\":[],\"count\":1}";
  private final Api api = new Api(SharedEmulator.get());

  private long expected() {
    return SharedEmulator.data().accounts().stream()
        .filter(a -> "green".equals(a.health()))
        .count();
  }

  private long total(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.parse(response.body()).path("response").path("accounts").path("total_hits").asLong();
  }

  @Test
  void leadingWhitespaceAndExtraFormFieldsAreAccepted() {
    HttpResponse<String> response =
        api.post("accounts", Api.TOKEN, "team_id=-1&query= " + QUERY.replace(" ", "+"));

    assertThat(total(response)).isEqualTo(expected());
  }

  @Test
  void jsonBodyIsAccepted() throws Exception {
    String body = Api.JSON.writeValueAsString(java.util.Map.of("query", QUERY));
    HttpResponse<String> response =
        api.send(api.request("accounts", Api.TOKEN, "application/json", body));

    assertThat(total(response)).isEqualTo(expected());
  }

  @Test
  void urlEncodedFormIsAccepted() {
    assertThat(total(api.post("accounts", Api.TOKEN, Api.form(QUERY)))).isEqualTo(expected());
  }
}
