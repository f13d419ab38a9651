package io.totangoconnector.client;

import io.totangoconnector.bench.BenchQueries;
import io.totangoconnector.client.query.SearchQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The client's search request, sent by hand: the transport without the decoding. */
final class RawCalls {
  private RawCalls() {}

  /** An HTTP client set up as {@link TotangoClient} sets up its own. */
  static HttpClient httpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** The same request as {@link SearchExchange} makes. */
  static HttpRequest request(URI baseUrl, SearchQuery query, long offset, int count) {
    Endpoint endpoint = new Endpoint(baseUrl, Report.USERS, BenchQueries.TOKEN);
    String form =
        "query=" + URLEncoder.encode(query.toRequestJson(offset, count), StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(endpoint.uri())
        .timeout(Duration.ofSeconds(120))
        .header("app-token", endpoint.token())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  static byte[] page(URI baseUrl, SearchQuery query, long offset, int count)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        httpClient()
            .send(request(baseUrl, query, offset, count), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode());
    }
    return response.body();
  }

  /** Sends the request and reads the body as a stream into nothing; returns the bytes read. */
  static long discard(HttpClient http, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      return body.transferTo(OutputStream.nullOutputStream());
    }
  }
}
