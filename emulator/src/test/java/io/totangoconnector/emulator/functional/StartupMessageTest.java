package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartupMessageTest {
  private static final Pattern CURL =
      Pattern.compile("curl --data '(.*)' --header 'app-token:(.*)' '(.*)'");

  @Test
  void messageNamesUrlTokensSizesLimitsAndFaults() {
    try (Emulator emulator =
        Emulator.start(EmulatorConfig.builder().accounts(30).users(60).faultRate(0.07).build())) {
      String message = emulator.startupMessage();

      assertThat(message)
          .contains("listening on " + emulator.baseUrl())
          .contains("tokens:     demo-token")
          .contains("30 accounts, 60 users, seed 1")
          .contains("rate limit: 100 calls per 60 s per token")
          .contains("cap mode:   empty")
          .contains("http_500 1.0%");
    }
  }

  @Test
  void curlCommandInTheMessageWorks() throws Exception {
    try (Emulator emulator =
        Emulator.start(EmulatorConfig.builder().accounts(30).users(60).build())) {
      Matcher curl = CURL.matcher(emulator.startupMessage());
      assertThat(curl.find()).isTrue();

      // What curl --data sends: the text as is, form content type.
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(curl.group(3)))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .header("app-token", curl.group(2))
                      .POST(HttpRequest.BodyPublishers.ofString(curl.group(1)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Api.parse(response.body()).path("status").asText()).isEqualTo("success");
    }
  }
}
