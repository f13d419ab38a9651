package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import io.totangoconnector.emulator.FaultKind;
import io.totangoconnector.emulator.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 2,000 calls with every fault kind at 10%: each kind is seen 200 times in expectation, with a
 * standard deviation of about 13.4; we accept 200 +- 60 (4.5 sigma), which a correct emulator fails
 * with a probability below 1e-5 per kind (and the draw is seeded, so it never flickers).
 */
class FaultRateTest {
  private static final int CALLS = 2000;
  private static final Duration SLOW = Duration.ofMillis(15);
  private static final String QUERY = Api.form("{\"terms\":[],\"fields\":[],\"count\":20}");

  private enum Seen {
    OK,
    HTTP_500,
    HTTP_502,
    HTTP_503,
    SERVER_ERROR,
    TRUNCATED,
    RESET
  }

  @Test
  void eachFaultKindOccursAtItsConfiguredRate() throws Exception {
    EmulatorConfig.Builder config =
        EmulatorConfig.builder()
            .accounts(100)
            .users(10)
            .rateLimitOff()
            .faultSeed(42)
            .slowReplyDelay(SLOW);
    for (FaultKind kind : FaultKind.values()) {
      config.faultRate(kind, 0.10);
    }
    Map<Seen, Integer> seen = new EnumMap<>(Seen.class);
    int slow = 0;
    try (Emulator emulator = Emulator.start(config.build())) {
      Api api = new Api(emulator);
      HttpRequest request =
          api.request("accounts", Api.TOKEN, "application/x-www-form-urlencoded", QUERY);
      for (int i = 0; i < CALLS; i++) {
        seen.merge(observe(api, request), 1, Integer::sum);
      }
      slow =
          (int)
              emulator.requests().stream()
                  .filter(r -> ("delay " + SLOW.toMillis() + " ms").equals(r.fault()))
                  .count();
    }

    for (Seen kind : Seen.values()) {
      if (kind != Seen.OK) {
        assertThat(seen.getOrDefault(kind, 0)).as(kind.name()).isBetween(140, 260);
      }
    }
    assertThat(slow).as("slow replies").isBetween(140, 260);
    assertThat(seen.get(Seen.OK))
        .as("answered normally, slow ones included")
        .isBetween(CALLS * 4 / 10 - 100, CALLS * 4 / 10 + 100);
  }

  private static Seen observe(Api api, HttpRequest request) throws InterruptedException {
    HttpResponse<InputStream> response;
    try {
      response = api.sendStreaming(request);
    } catch (IOException e) {
      return Seen.RESET;
    }
    String body;
    try (InputStream in = response.body()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Seen.TRUNCATED;
    }
    return switch (response.statusCode()) {
      case 500 -> Seen.HTTP_500;
      case 502 -> Seen.HTTP_502;
      case 503 -> Seen.HTTP_503;
      default -> successOrServerError(body);
    };
  }

  private static Seen successOrServerError(String body) {
    JsonNode root = Api.parse(body);
    return root.path("status").asText().equals("Server error") ? Seen.SERVER_ERROR : Seen.OK;
  }

  @Test
  void someServerErrorsHaveHtmlBodies() {
    try (Emulator emulator =
        Emulator.start(
            EmulatorConfig.builder()
                .accounts(10)
                .users(10)
                .rateLimitOff()
                .faultRate(FaultKind.HTTP_503, 1.0)
                .build())) {
      Api api = new Api(emulator);
      int html = 0;
      for (int i = 0; i < 40; i++) {
        HttpResponse<String> response = api.post("accounts", Api.TOKEN, QUERY);
        assertThat(response.statusCode()).isEqualTo(503);
        html += response.body().startsWith("<html>") ? 1 : 0;
      }
      assertThat(html).isBetween(8, 32);
      assertThat(emulator.requests()).extracting(RecordedRequest::status).containsOnly(503);
    }
  }
}
