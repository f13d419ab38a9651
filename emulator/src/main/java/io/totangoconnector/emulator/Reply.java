package io.totangoconnector.emulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP answer before it is sent. Headers are added in place; the body is never changed. */
final class Reply {
  static final String JSON = "application/json";
  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private Integer offset;
  private Integer count;

  Reply(int status, String contentType, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  static Reply json(int status, byte[] body) {
    return new Reply(status, JSON, body);
  }

  static Reply failed(int status, String message) {
    return json(status, ResponseWriter.failed(message));
  }

  /** A body whose content type is guessed from its first character (HTML, JSON or text). */
  static Reply text(int status, String body) {
    String trimmed = body.stripLeading();
    String type =
        trimmed.startsWith("<")
            ? "text/html; charset=utf-8"
            : trimmed.startsWith("{") ? JSON : "text/plain; charset=utf-8";
    return new Reply(status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  Reply page(int offset, int count) {
    this.offset = offset;
    this.count = count;
    return this;
  }

  int status() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  byte[] body() {
    return body;
  }

  Map<String, String> headers() {
    return headers;
  }

  Integer offset() {
    return offset;
  }

  Integer count() {
    return count;
  }
}
