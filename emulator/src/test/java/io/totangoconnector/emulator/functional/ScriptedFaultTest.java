package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import io.totangoconnector.emulator.Fault;
import io.totangoconnector.emulator.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptedFaultTest {
  private static final String QUERY = Api.form("{\"terms\":[],\"fields\":[],\"count\":50}");

  @Test
  void scriptedFaultsHitExactlyTheirCalls() throws Exception {
    try (Emulator emulator =
        Emulator.start(
            EmulatorConfig.builder()
                .accounts(100)
                .users(10)
                .rateLimitOff()
                .script(3, Fault.http429(Duration.ofSeconds(2)))
                .build())) {
      emulator.script(2, Fault.status(502, "<html><body>Bad gateway</body></html>"));
      emulator.script(4, Fault.serverErrorStatus());
      emulator.script(5, Fault.connectionReset());
      emulator.script(6, Fault.failedStatus("Query timed out"));
      emulator.script(7, Fault.truncatedBody());
      Api api = new Api(emulator);

      assertThat(api.post("accounts", Api.TOKEN, QUERY).statusCode()).isEqualTo(200);
      HttpResponse<String> second = api.post("accounts", Api.TOKEN, QUERY);
      assertThat(second.statusCode()).isEqualTo(502);
      assertThat(second.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith("text/html");
      HttpResponse<String> third = api.post("accounts", Api.TOKEN, QUERY);
      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.headers().firstValue("Retry-After")).hasValue("2");
      assertThat(third.body()).isEqualTo("Too many requests");
      assertThat(api.post("accounts", Api.TOKEN, QUERY).body())
          .isEqualTo(
              "{\"response\":{\"accounts\":null},\"service_id\":\"899\",\"_revision\":\"r41edc37\","
                  + "\"_type\":\"status\",\"_version\":1.0,\"status\":\"Server error\",\"took\":3}");
      assertThatThrownBy(() -> api.post("accounts", Api.TOKEN, QUERY))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(api.post("accounts", Api.TOKEN, QUERY).body())
          .isEqualTo("{\"status\":\"failed\",\"_error\":\"Query timed out\"}");
      assertTruncated(api);
      assertThat(api.post("accounts", Api.TOKEN, QUERY).statusCode()).isEqualTo(200);

      assertThat(emulator.requests())
          .extracting(RecordedRequest::status)
          .containsExactly(200, 502, 429, 200, 0, 200, 200, 200);
      assertThat(emulator.requests())
          .extracting(RecordedRequest::fault)
          .containsExactly(
              null,
              "status 502",
              "429 retry after 2 s",
              "server error status",
              "connection reset",
              "failed status",
              "truncated body",
              null);
    }
  }

  private static void assertTruncated(Api api) throws Exception {
    HttpRequest request =
        api.request("accounts", Api.TOKEN, "application/x-www-form-urlencoded", QUERY);
    HttpResponse<InputStream> response = api.sendStreaming(request);
    assertThat(response.statusCode()).isEqualTo(200);
    long announced = response.headers().firstValueAsLong("Content-Length").orElseThrow();
    try (InputStream body = response.body()) {
      assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
    }
    assertThat(announced).isGreaterThan(1000);
  }

  @Test
  void delayedCallStillAnswers() {
    try (Emulator emulator =
        Emulator.start(
            EmulatorConfig.builder()
                .accounts(10)
                .users(10)
                .rateLimitOff()
                .script(1, Fault.delay(Duration.ofMillis(300)))
                .build())) {
      long start = System.nanoTime();

      HttpResponse<String> response = new Api(emulator).post("accounts", Api.TOKEN, QUERY);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(300));
      assertThat(emulator.requests())
          .extracting(RecordedRequest::fault)
          .isEqualTo(List.of("delay 300 ms"));
    }
  }
}
