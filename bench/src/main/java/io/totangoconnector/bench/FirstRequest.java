package io.totangoconnector.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * B10's floor for any JVM program on the JDK's HTTP client: starts, sends one search request to the
 * URL it is given, and exits. Arguments: {@code baseUrl token query}.
 */
public final class FirstRequest {
  private FirstRequest() {}

  public static void main(String[] args) throws Exception {
    String form = "query=" + URLEncoder.encode(args[2], StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(args[0] + "/api/v1/search/users"))
            .header("app-token", args[1])
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
  }
}
