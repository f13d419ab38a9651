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
 * B10: from starting {@code ./totango-connector sync ...} (the launcher users run, with the class
 * archive it records on its first sync) to the emulator receiving the first request, against from
 * starting {@code java} with a hello-world class to its line arriving. For information, the same
 * for {@code java -jar} without the archive, and for a program that does nothing but send one
 * request with the JDK's HTTP client: the floor of any JVM program built on it.
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
    Path launcher = Path.of("totango-connector");
    if (!Files.isRegularFile(jar) || !Files.isExecutable(launcher)) {
      throw new IllegalStateException(
          "run from the repository's root, with the runnable jar built (" + jar + ")");
    }
    Path dir = Files.createTempDirectory("bench-b10");
    List<String> viaLauncher = List.of("./" + launcher);
    List<String> plainJar = List.of(ChildJvm.java(), "-jar", jar.toString());
    Samples launched;
    Samples bare;
    Samples floor;
    List<Double> millis = new ArrayList<>();
    List<Double> helloMillis = new ArrayList<>();
    try (Emulator emulator = Emulators.users(1000)) {
      hello();
      Files.deleteIfExists(Path.of(jar.toString().replaceAll("\\.jar$", ".jsa")));
      // the first sync after a build records the archive; it also warms the OS file cache
      firstRequest(emulator, sync(viaLauncher, emulator, dir.resolve("warm.duckdb")));
      List<Double> ratios = new ArrayList<>();
      List<Double> bareRatios = new ArrayList<>();
      List<Double> floorRatios = new ArrayList<>();
      for (int r = 0; r < REPS; r++) {
        Duration h = hello();
        Duration s =
            firstRequest(emulator, sync(viaLauncher, emulator, dir.resolve(r + ".duckdb")));
        Duration j = firstRequest(emulator, sync(plainJar, emulator, dir.resolve(r + "j.duckdb")));
        Duration f = firstRequest(emulator, jdkClientOnly(emulator));
        ratios.add(ratio(s, h));
        bareRatios.add(ratio(j, h));
        floorRatios.add(ratio(f, h));
        millis.add(s.toNanos() / 1e6);
        helloMillis.add(h.toNanos() / 1e6);
      }
      launched = Samples.of(ratios);
      bare = Samples.of(bareRatios);
      floor = Samples.of(floorRatios);
    }
    String note =
        String.format(
            Locale.ROOT,
            "median %.0f ms to the first request through ./totango-connector, hello world %.0f ms",
            Samples.of(millis).median(),
            Samples.of(helloMillis).median());
    return List.of(
        Figure.of("B10 cold start of sync", "JVM hello world", launched, Target.atMost(3), note),
        Figure.of(
            "B10 java -jar, no archive",
            "JVM hello world",
            bare,
            Target.NONE,
            "the same sync started without the launcher's class archive"),
        Figure.of(
            "B10 JDK HTTP client alone",
            "JVM hello world",
            floor,
            Target.NONE,
            "a main that only sends one request with java.net.http: the floor on this JVM"));
  }

  private static double ratio(Duration subject, Duration baseline) {
    return subject.toNanos() / (double) baseline.toNanos();
  }

  private static Duration hello() throws Exception {
    ProcessBuilder b =
        new ProcessBuilder(ChildJvm.java(), "-cp", classes(), Hello.class.getName())
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

  private static String classes() throws Exception {
    return Path.of(Hello.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }

  /** A child run to its end: when it started, and the emulator's call count before it. */
  private record Started(Instant at, int callsBefore) {}

  private static Started sync(List<String> command, Emulator emulator, Path file) throws Exception {
    List<String> line = new ArrayList<>(command);
    line.addAll(
        List.of(
            "sync",
            "--report",
            "users",
            "--base-url",
            emulator.baseUrl().toString(),
            "--query",
            BenchQueries.usersOneLine(),
            "--to",
            "duckdb:" + file + "#users",
            "--quiet"));
    return runToEnd(new ProcessBuilder(line), emulator);
  }

  private static Started jdkClientOnly(Emulator emulator) throws Exception {
    return runToEnd(
        new ProcessBuilder(
            ChildJvm.java(),
            "-cp",
            classes(),
            FirstRequest.class.getName(),
            emulator.baseUrl().toString(),
            BenchQueries.TOKEN,
            BenchQueries.usersOneLine()),
        emulator);
  }

  private static Started runToEnd(ProcessBuilder b, Emulator emulator) throws Exception {
    b.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    b.environment().put("TOTANGO_APP_TOKEN", BenchQueries.TOKEN);
    int before = emulator.callCount();
    Instant start = Instant.now();
    Process p = b.start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(b.command().get(0) + " exited with " + p.exitValue());
    }
    return new Started(start, before);
  }

  private static Duration firstRequest(Emulator emulator, Started run) {
    RecordedRequest first =
        emulator.requests().stream()
            .filter(q -> q.callNumber() == run.callsBefore() + 1)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the child made no request"));
    return Duration.between(run.at(), first.receivedAt());
  }
}
