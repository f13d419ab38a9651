package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.emulator.CapMode;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CapTest {
  private static final String ALL = "{\"terms\":[],\"fields\":[],\"sort_by\":\"name\",";

  private static Emulator start(CapMode mode) {
    return Emulator.start(
        EmulatorConfig.builder().accounts(20).users(10_500).capMode(mode).rateLimitOff().build());
  }

  @Test
  void emptyModeAnswersEmptyHitsWithFullTotalPastTheCap() {
    try (Emulator emulator = start(CapMode.EMPTY)) {
      JsonNode page = new Api(emulator).search("users", ALL + "\"offset\":10000,\"count\":100}");

      assertThat(page.path("total_hits").asLong()).isEqualTo(10_500);
      assertThat(page.path("hits")).isEmpty();
    }
  }

  @Test
  void pageStraddlingTheCapIsCutAtTheCap() {
    try (Emulator emulator = start(CapMode.EMPTY)) {
      JsonNode page = new Api(emulator).search("users", ALL + "\"offset\":9500,\"count\":1000}");

      assertThat(page.path("total_hits").asLong()).isEqualTo(10_500);
      assertThat(page.path("hits")).hasSize(500);
    }
  }

  @Test
  void errorModeAnswers400PastTheCap() {
    try (Emulator emulator = start(CapMode.ERROR)) {
      HttpResponse<String> response =
          new Api(emulator)
              .post("users", Api.TOKEN, Api.form(ALL + "\"offset\":10000,\"count\":100}"));

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body())
          .isEqualTo(
              "{\"status\":\"failed\",\"_error\":\"offset 10000 is "
                  + "past the 10000 records one search can reach; narrow the query's terms\"}");
    }
  }

  @Test
  void errorModeStillServesPagesBeforeTheCap() {
    try (Emulator emulator = start(CapMode.ERROR)) {
      JsonNode page = new Api(emulator).search("users", ALL + "\"offset\":9000,\"count\":1000}");

      assertThat(page.path("hits")).hasSize(1000);
    }
  }
}
