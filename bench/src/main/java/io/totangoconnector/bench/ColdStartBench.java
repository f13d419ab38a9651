package io.totangoconnector.bench;

import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.RecordedRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * B10: from starting {@code java -jar totango-connector.jar sync ...} to the emulator receiving its
 * first request, against from starting {@code java} with a hello-world class to its line arriving.
 */
final class ColdStartBench implements Bench {
  private static final int REPS = 5;

  @Override
  public String id() {
    return "B10";
  }

  @Override
  public String title() {
    return "cold start to the first request";
  }

  @Override
  public List<Figure> run() throws Exception {
    Path jar = Path.of(System.getProperty("bench.jar", "cli/target/totango-connector.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no runnable jar at " + jar.toAbsolutePath() + "; build it");
    }
    Path dir = Files.createTempDirectory("bench-b10");
    List<Double> ratios = new ArrayList<>();
    List<Double> jarMillis = new ArrayList<>();
    List<Double> helloMillis = new ArrayList<>();
    try (Emulator emulator = Emulators.users(1000)) {
      hello();
      sync(jar, emulator, dir.resolve("warm.duckdb")); // the OS file cache, as a user's second run
      for (int r = 0; r < REPS; r++) {
        Duration h = hello();
        Duration s = sync(jar, emulator, dir.resolve("r" + r + ".duckdb"));
        ratios.add(s.toNanos() / (double) h.toNanos());
        jarMillis.add(s.toNanos() / 1e6);
        helloMillis.add(h.toNanos() / 1e6);
      }
    }
    String note =
        String.format(
            Locale.ROOT,
            "median %.0f ms to the first request, hello world %.0f ms",
            Samples.of(jarMillis).median(),
            Samples.of(helloMillis).median());
    return List.of(
        Figure.of(
            "B10 cold start of sync",
            "JVM hello world",
            Samples.of(ratios),
            Target.atMost(3),
            note));
  }

  private static Duration hello() throws Exception {
    String classes =
        Path.of(Hello.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    ProcessBuilder b =
        new ProcessBuilder(ChildJvm.java(), "-cp", classes, Hello.class.getName())
            .redirectErrorStream(true);
    Instant start = Instant.now();
    Process p = b.start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      Instant end = Instant.now();
      if (!"hello".equals(line)) {
        throw new IllegalStateException("hello world printed " + line);
      }
      p.waitFor();
      return Duration.between(start, end);
    }
  }

  private static Duration sync(Path jar, Emulator emulator, Path file) throws Exception {
    int before = emulator.callCount();
    ProcessBuilder b =
        new ProcessBuilder(
                ChildJvm.java(),
                "-jar",
                jar.toString(),
                "sync",
                "--report",
                "users",
                "--base-url",
                emulator.baseUrl().toString(),
                "--query",
                BenchQueries.usersOneLine(),
                "--to",
                "duckdb:" + file + "#users",
                "--quiet")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    b.environment().put("TOTANGO_APP_TOKEN", BenchQueries.TOKEN);
    Instant start = Instant.now();
    Process p = b.start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("the sync exited with " + p.exitValue());
    }
    RecordedRequest first =
        emulator.requests().stream()
            .filter(q -> q.callNumber() == before + 1)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the sync made no request"));
    return Duration.between(start, first.receivedAt());
  }
}
