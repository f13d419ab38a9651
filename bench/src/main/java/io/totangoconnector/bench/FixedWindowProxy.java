package io.totangoconnector.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * A rate limiter of the other common kind in front of an (unlimited) emulator: at most N calls per
 * fixed window, the windows starting when the proxy starts; over it, a 429 like Totango's, whose
 * reset headers say when the current window ends. Passes the other calls through unchanged.
 */
final class FixedWindowProxy implements AutoCloseable {
  private final HttpServer server;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI target;
  private final int limit;
  private final long windowNanos;
  private final long started = System.nanoTime();
  private long window = -1;
  private int inWindow;
  private int refused;

  FixedWindowProxy(URI target, int limit, Duration window) throws IOException {
    this.target = target;
    this.limit = limit;
    this.windowNanos = window.toNanos();
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  synchronized int refused() {
    return refused;
  }

  /**
   * Counts the call in the current window; returns 0 when allowed, else nanos to the window's end.
   */
  private synchronized long admit() {
    long elapsed = System.nanoTime() - started;
    long current = elapsed / windowNanos;
    if (current != window) {
      window = current;
      inWindow = 0;
    }
    if (inWindow < limit) {
      inWindow++;
      return 0;
    }
    refused++;
    return (current + 1) * windowNanos - elapsed;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      long wait = admit();
      if (wait > 0) {
        tooMany(exchange, wait);
      } else {
        forward(exchange, body);
      }
    }
  }

  private void tooMany(HttpExchange exchange, long waitNanos) throws IOException {
    String seconds = Long.toString((waitNanos + 999_999_999L) / 1_000_000_000L);
    exchange.getResponseHeaders().add("RateLimit-Limit", Integer.toString(limit));
    exchange.getResponseHeaders().add("RateLimit-Remaining", "0");
    exchange.getResponseHeaders().add("RateLimit-Reset", seconds);
    exchange.getResponseHeaders().add("Retry-After", seconds);
    byte[] text = "Too many requests".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(429, text.length);
    exchange.getResponseBody().write(text);
  }

  private void forward(HttpExchange exchange, byte[] body) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().getPath()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (String h : new String[] {"app-token", "Content-Type"}) {
      String v = exchange.getRequestHeaders().getFirst(h);
      if (v != null) {
        request.header(h, v);
      }
    }
    try {
      HttpResponse<byte[]> reply =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      reply
          .headers()
          .firstValue("Content-Type")
          .ifPresent(v -> exchange.getResponseHeaders().add("Content-Type", v));
      // A known length, not chunks: the small last chunk would wait for a delayed ACK (Nagle).
      exchange.sendResponseHeaders(reply.statusCode(), reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
