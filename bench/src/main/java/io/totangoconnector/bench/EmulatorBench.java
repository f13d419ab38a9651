package io.totangoconnector.bench;

import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the emulator: heap held by 1,000,000 users (after GC), the first search over all of
 * them, and 1000-hit pages served per second over loopback, by one client and by several.
 * Arguments: {@code [users] [seconds per measurement] [parallel clients]}.
 */
public final class EmulatorBench {
  private static final String FIELDS =
      "[{\"type\":\"string_attribute\",\"attribute\":\"Role\"},"
          + "{\"type\":\"date\",\"term\":\"last_activity_time\"},"
          + "{\"type\":\"named_aggregation\",\"aggregation\":\"unique_users\",\"duration\":14}]";
  private static final String PARENT =
      "[{\"type\":\"string\",\"term\":\"health\"},"
          + "{\"type\":\"health_trend\"},{\"type\":\"owner\",\"account_role\":\"Success Manager\"}]";

  private EmulatorBench() {}

  public static void main(String[] args) throws Exception {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    long before = usedHeapAfterGc();
    long startNanos = System.nanoTime();
    try (Emulator emulator =
        Emulator.start(EmulatorConfig.builder().users(users).rateLimitOff().build())) {
      print("start with %,d users: %.1f s", users, secondsSince(startNanos));
      print("heap held by the data (after GC): %.1f MB", (usedHeapAfterGc() - before) / 1e6);
      HttpClient client = HttpClient.newHttpClient();
      long first = System.nanoTime();
      int bytes = fetch(client, emulator.baseUrl(), 0);
      print(
          "first users page (filter and sort all %,d): %.2f s, %,d bytes",
          users, secondsSince(first), bytes);
      print("heap with one cached result (after GC): %.1f MB", (usedHeapAfterGc() - before) / 1e6);
      measure(emulator.baseUrl(), 1, seconds);
      measure(emulator.baseUrl(), clients, seconds);
    }
  }

  private static void measure(URI base, int clients, int seconds) throws Exception {
    AtomicLong pages = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int id = c;
      running.add(
          pool.submit(
              () -> {
                HttpClient client = HttpClient.newHttpClient();
                for (int page = id; System.nanoTime() < end; page += clients) {
                  bytes.addAndGet(fetch(client, base, (page % 10) * 1000));
                  pages.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    print(
        "%d client(s): %.1f pages of 1000 users per second (%.1f MB/s)",
        clients, pages.get() / (double) seconds, bytes.get() / 1e6 / seconds);
  }

  private static int fetch(HttpClient client, URI base, int offset)
      throws IOException, InterruptedException {
    String query =
        "{\"terms\":[],\"count\":1000,\"offset\":"
            + offset
            + ",\"fields\":"
            + FIELDS
            + ",\"parent_account_fields\":"
            + PARENT
            + ",\"sort_by\":\"display_name\"}";
    HttpResponse<byte[]> response =
        client.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/search/users"))
                .header("app-token", "demo-token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode());
    }
    return response.body().length;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200); // a benchmark, not a test: give the collector time to finish
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
