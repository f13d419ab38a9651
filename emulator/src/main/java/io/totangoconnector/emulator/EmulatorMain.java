package io.totangoconnector.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * A plain launcher: {@code --port 8089 --accounts 2500 --users 10000 --seed 1 --token T
 * --rate-limit 100/60s|off --cap-mode empty|error --fault-rate 0.0 --latency 0ms}. The product's
 * command is {@code totango-connector emulator}; this one is for running the module alone.
 */
public final class EmulatorMain {
  private EmulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    EmulatorConfig.Builder b = EmulatorConfig.builder().port(8089);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      apply(b, tokens, args[i], args[i + 1]);
    }
    if (!tokens.isEmpty()) {
      b.tokens(tokens);
    }
    Emulator emulator = Emulator.start(b.build());
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
    System.out.println(emulator.startupMessage());
    new CountDownLatch(1).await();
  }

  private static void apply(EmulatorConfig.Builder b, List<String> tokens, String key, String v) {
    switch (key) {
      case "--port" -> b.port(Integer.parseInt(v));
      case "--accounts" -> b.accounts(Integer.parseInt(v));
      case "--users" -> b.users(Integer.parseInt(v));
      case "--seed" -> b.seed(Long.parseLong(v));
      case "--token" -> tokens.add(v);
      case "--cap-mode" -> b.capMode(CapMode.valueOf(v.toUpperCase(Locale.ROOT)));
      case "--fault-rate" -> b.faultRate(Double.parseDouble(v));
      case "--latency" -> b.latency(Duration.ofMillis(Long.parseLong(v.replace("ms", ""))));
      case "--rate-limit" -> rateLimit(b, v);
      default -> throw new IllegalArgumentException("unknown option " + key);
    }
  }

  private static void rateLimit(EmulatorConfig.Builder b, String v) {
    if (v.equals("off")) {
      b.rateLimitOff();
      return;
    }
    String[] parts = v.split("/");
    b.rateLimit(
        Integer.parseInt(parts[0]), Duration.ofSeconds(Long.parseLong(parts[1].replace("s", ""))));
  }
}
