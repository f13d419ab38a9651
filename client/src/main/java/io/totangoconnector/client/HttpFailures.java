package io.totangoconnector.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Turns a reply with a non-2xx status into the exception that says what to do about it. The retry
 * decisions, with their reasons: 429, 408 and 5xx are transient (the budget resets, the service
 * recovers); 400 means the query itself is wrong, and 401/403 that the token is, so repeating the
 * same call cannot help; any other status points at a wrong base URL.
 */
final class HttpFailures {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int BODY_BYTES_READ = 8192;
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(408, "Request Timeout"),
          Map.entry(413, "Payload Too Large"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  private HttpFailures() {}

  /** "HTTP 503 Service Unavailable". */
  static String statusLine(int status) {
    String reason = REASONS.get(status);
    return reason == null ? "HTTP " + status : "HTTP " + status + " " + reason;
  }

  static TotangoApiException of(
      int status, HttpHeaders headers, InputStream body, Endpoint endpoint, Clock clock) {
    byte[] bytes = readStart(body);
    String excerpt = BodyExcerpt.of(bytes, endpoint.token());
    String where = statusLine(status) + " from " + endpoint.label();
    return switch (status) {
      case 401, 403 ->
          new AuthenticationException(
              "Totango refused the app token (HTTP "
                  + status
                  + "). Check that it is current and that its owner is still active; tokens expire.",
              status,
              endpoint.url(),
              excerpt);
      case 400 ->
          new TotangoApiException(
              "Totango rejected the query ("
                  + statusLine(status)
                  + "): \""
                  + error(bytes, excerpt, endpoint)
                  + "\"",
              status,
              endpoint.url(),
              excerpt,
              false);
      case 429 ->
          new RateLimitedException(
              where, endpoint.url(), excerpt, ResetHeaders.waitFrom(headers, clock));
      default ->
          status == 408 || status >= 500
              ? new TotangoApiException(where, status, endpoint.url(), excerpt, true)
              : new TotangoApiException(
                  "Totango answered " + where + "; check the base URL.",
                  status,
                  endpoint.url(),
                  excerpt,
                  false);
    };
  }

  /** The {@code _error} text of a JSON body, else the excerpt. */
  private static String error(byte[] bytes, String excerpt, Endpoint endpoint) {
    try {
      JsonNode error = MAPPER.readTree(bytes).path("_error");
      if (error.isTextual()) {
        return BodyExcerpt.shorten(BodyExcerpt.redact(error.textValue(), endpoint.token()), 300);
      }
    } catch (IOException e) {
      // not JSON: quote the body instead
    }
    return excerpt.isEmpty() ? "no reason given" : excerpt;
  }

  private static byte[] readStart(InputStream body) {
    try {
      return body.readNBytes(BODY_BYTES_READ);
    } catch (IOException e) {
      return "(the body could not be read)".getBytes(StandardCharsets.UTF_8);
    }
  }
}
