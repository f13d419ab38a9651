package io.totangoconnector.bench;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A rate limiter of the other common kind in front of an (unlimited) emulator: at most N calls per
 * fixed window, the windows starting when the proxy starts; over it, a 429 like Totango's, whose
 * reset headers say when the current window ends. Passes the other calls through unchanged. Served
 * by Javalin like the emulator: the JDK's own HTTP server added about 40 ms to every call (its
 * headers and body go out in separate writes, which meet a delayed ACK).
 */
final class FixedWindowProxy implements AutoCloseable {
  private final Javalin server;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI target;
  private final int limit;
  private final long windowNanos;
  private final long started = System.nanoTime();
  private long window = -1;
  private int inWindow;
  private int refused;

  FixedWindowProxy(URI target, int limit, Duration window) {
    this.target = target;
    this.limit = limit;
    this.windowNanos = window.toNanos();
    this.server =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.jetty.host = "127.0.0.1";
              c.jetty.port = 0;
              c.routes.post("/api/v1/search/{report}", this::handle);
            });
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  synchronized int refused() {
    return refused;
  }

  /** Counts the call in the current window; returns 0 when allowed, else nanos to its end. */
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

  private void handle(Context ctx) throws IOException, InterruptedException {
    long wait = admit();
    if (wait > 0) {
      String seconds = Long.toString((wait + 999_999_999L) / 1_000_000_000L);
      ctx.status(429);
      ctx.header("RateLimit-Limit", Integer.toString(limit));
      ctx.header("RateLimit-Remaining", "0");
      ctx.header("RateLimit-Reset", seconds);
      ctx.header("Retry-After", seconds);
      ctx.result("Too many requests");
      return;
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.resolve(ctx.path()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(ctx.bodyAsBytes()));
    for (String h : new String[] {"app-token", "Content-Type"}) {
      String v = ctx.header(h);
      if (v != null) {
        request.header(h, v);
      }
    }
    HttpResponse<byte[]> reply =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    ctx.status(reply.statusCode());
    reply.headers().firstValue("Content-Type").ifPresent(ctx::contentType);
    ctx.result(reply.body());
  }

  @Override
  public void close() {
    server.stop();
  }
}
