package io.totangoconnector.cli;

import io.totangoconnector.emulator.CapMode;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code totango-connector emulator}: a local Totango API, until interrupted. */
@Command(
    name = "emulator",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a local Totango Search API with synthetic data.",
      "Try the connector and develop queries without spending your real API budget.",
      "Stops with Ctrl+C."
    })
final class EmulatorCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "8089",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(
      names = "--accounts",
      defaultValue = "2500",
      description = "Accounts to generate (default: ${DEFAULT-VALUE}).")
  int accounts;

  @Option(
      names = "--users",
      defaultValue = "10000",
      description = "Users to generate (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "An accepted app token; repeat for several (default: demo-token).")
  List<String> tokens;

  @Option(
      names = "--rate-limit",
      paramLabel = "N/WINDOW|off",
      defaultValue = "100/60s",
      description =
          "Calls per window per token, e.g. 100/60s, 100/2s, or off (default: ${DEFAULT-VALUE}).")
  String rateLimit;

  @Option(
      names = "--cap-mode",
      paramLabel = "empty|error",
      defaultValue = "empty",
      description =
          "Past 10,000 records: an empty page (as we assume Totango does) or HTTP 400 (default: ${DEFAULT-VALUE}).")
  String capMode;

  @Option(
      names = "--fault-rate",
      defaultValue = "0.0",
      description =
          "Probability of an injected fault per call, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double faultRate;

  @Option(
      names = "--latency",
      defaultValue = "0ms",
      paramLabel = "DURATION",
      description = "Added to every reply, e.g. 200ms or 1s (default: ${DEFAULT-VALUE}).")
  String latency;

  @Mixin LoggingOptions logging;

  @Override
  public Integer call() throws InterruptedException {
    logging.apply();
    try (Emulator emulator = Emulator.start(config())) {
      System.out.println(emulator.startupMessage());
      System.out.println("Press Ctrl+C to stop.");
      awaitShutdown();
    }
    return ExitCodes.OK;
  }

  EmulatorConfig config() {
    EmulatorConfig.Builder b =
        EmulatorConfig.builder()
            .port(port)
            .accounts(accounts)
            .users(users)
            .seed(seed)
            .tokens(tokens == null || tokens.isEmpty() ? List.of("demo-token") : tokens)
            .capMode(parseCapMode())
            .faultRate(faultRate)
            .latency(Durations.parse("--latency", latency));
    RateLimitOption.apply(rateLimit, b);
    return b.build();
  }

  private CapMode parseCapMode() {
    try {
      return CapMode.valueOf(capMode.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--cap-mode: use empty or error, not '" + capMode + "'.");
    }
  }

  /**
   * Blocks until the JVM is asked to stop (Ctrl+C); the try-with-resources then closes the port.
   */
  static void awaitShutdown() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
    stop.await();
  }
}
