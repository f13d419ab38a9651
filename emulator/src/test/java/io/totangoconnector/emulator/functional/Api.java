package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.totangoconnector.emulator.Emulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A test's view of the emulator over real HTTP on loopback. */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "demo-token";
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  Api(Emulator emulator) {
    this.base = emulator.baseUrl();
  }

  static String form(String queryJson) {
    return "query=" + URLEncoder.encode(queryJson, StandardCharsets.UTF_8);
  }

  HttpRequest request(String report, String token, String contentType, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve("/api/v1/search/" + report))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("app-token", token);
    }
    return b.build();
  }

  HttpResponse<String> post(String report, String token, String formBody) {
    return send(request(report, token, "application/x-www-form-urlencoded", formBody));
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends and returns the response with its body as a stream (for truncation tests). */
  HttpResponse<InputStream> sendStreaming(HttpRequest request)
      throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
  }

  /** A search that must succeed; returns {@code response.<report>}. */
  JsonNode search(String report, String queryJson) {
    HttpResponse<String> response = post(report, TOKEN, form(queryJson));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode root = parse(response.body());
    assertThat(root.path("status").asText()).isEqualTo("success");
    return root.path("response").path(report);
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** total_hits of an accounts/users query with the given terms (JSON array text). */
  long totalHits(String report, String termsJson) {
    return search(report, "{\"terms\":" + termsJson + ",\"fields\":[],\"count\":0}")
        .path("total_hits")
        .asLong();
  }
}
