package io.totangoconnector.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A scripted stand-in for Totango on 127.0.0.1, for unit tests of the HTTP exchange: replies come
 * from a queue first, then from a dispatcher. Records every request.
 */
public final class FakeTotango implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One request as the server saw it; header names in lower case. */
  public record Request(
      String method, String path, Map<String, List<String>> headers, String body, int clientPort) {
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase());
      return values == null ? null : values.get(0);
    }

    /** The decoded {@code query} form field, parsed. */
    public JsonNode query() {
      String prefix = "query=";
      if (!body.startsWith(prefix)) {
        throw new IllegalStateException("not a form-encoded query: " + body);
      }
      try {
        return MAPPER.readTree(
            URLDecoder.decode(body.substring(prefix.length()), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A reply; {@code shortBy} > 0 declares more bytes than are sent, then drops the connection. */
  public record Reply(
      int status, Map<String, String> headers, byte[] body, int shortBy, boolean hangs) {
    public static Reply of(int status, String body) {
      return new Reply(status, Map.of(), body.getBytes(StandardCharsets.UTF_8), 0, false);
    }

    public static Reply of(int status, String body, Map<String, String> headers) {
      return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8), 0, false);
    }

    public static Reply cutShort(String body) {
      return new Reply(200, Map.of(), body.getBytes(StandardCharsets.UTF_8), 100, false);
    }

    public static Reply hang() {
      return new Reply(200, Map.of(), new byte[0], 0, true);
    }

    /** Headers and the start of a body, then nothing more until the server closes. */
    public static Reply stall(String start) {
      return new Reply(200, Map.of(), start.getBytes(StandardCharsets.UTF_8), 100, true);
    }
  }

  private final HttpServer server;
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final Function<Request, Reply> dispatcher;
  private final ExecutorService executor = Executors.newCachedThreadPool();

  private FakeTotango(Function<Request, Reply> dispatcher) throws IOException {
    this.dispatcher = dispatcher;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static FakeTotango start(Function<Request, Reply> dispatcher) {
    try {
      return new FakeTotango(dispatcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves {@code hits} page by page per the request's offset and count, under {@code key}. */
  public static FakeTotango serving(String key, List<ObjectNode> hits) {
    return start(r -> Reply.of(200, page(key, hits.size(), slice(hits, r.query()))));
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Replies served, in order, before the dispatcher answers. */
  public synchronized FakeTotango then(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** A successful page body. */
  public static String page(String key, long totalHits, List<ObjectNode> hits) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode results = root.putObject("response").putObject(key);
    results.put("total_hits", totalHits);
    ArrayNode array = results.putArray("hits");
    hits.forEach(array::add);
    root.put("status", "success");
    return root.toString();
  }

  private static List<ObjectNode> slice(List<ObjectNode> hits, JsonNode query) {
    int offset = query.path("offset").asInt();
    int count = query.path("count").asInt();
    return new ArrayList<>(
        hits.subList(Math.min(offset, hits.size()), Math.min(offset + count, hits.size())));
  }

  private void handle(HttpExchange exchange) throws IOException {
    Request request =
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            lowerCase(exchange),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
            exchange.getRemoteAddress().getPort());
    requests.add(request);
    Reply reply = next(request);
    if (reply.hangs() && reply.body().length == 0) {
      awaitRelease();
      exchange.close();
      return;
    }
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    long length = reply.body().length + reply.shortBy();
    exchange.sendResponseHeaders(reply.status(), length == 0 ? -1 : length);
    OutputStream out = exchange.getResponseBody();
    out.write(reply.body());
    out.flush();
    if (reply.hangs()) {
      awaitRelease();
    }
    // Closing short of the declared length throws; letting it escape makes the server drop the
    // connection, as a failing network would.
    out.close();
  }

  private synchronized Reply next(Request request) {
    Reply scripted = script.poll();
    return scripted != null ? scripted : dispatcher.apply(request);
  }

  private static Map<String, List<String>> lowerCase(HttpExchange exchange) {
    Map<String, List<String>> headers = new java.util.HashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v));
    return headers;
  }

  private void awaitRelease() {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
