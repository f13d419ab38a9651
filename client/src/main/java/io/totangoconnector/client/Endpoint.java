package io.totangoconnector.client;

import java.net.URI;

/** Where one report's searches go, and with which token; {@link #toString()} omits the token. */
final class Endpoint {
  private final URI uri;
  private final String token;

  Endpoint(URI baseUrl, Report report, String token) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    this.uri = URI.create(base + "/api/v1/search/" + report.path());
    this.token = token;
  }

  URI uri() {
    return uri;
  }

  /** The full URL, for exceptions. */
  String url() {
    return uri.toString();
  }

  /** "POST /api/v1/search/accounts", for messages. */
  String label() {
    return "POST " + uri.getRawPath();
  }

  String token() {
    return token;
  }

  @Override
  public String toString() {
    return label();
  }
}
