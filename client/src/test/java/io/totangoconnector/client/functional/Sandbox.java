package io.totangoconnector.client.functional;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.client.RecordingSleeper;
import io.totangoconnector.client.SettableClock;
import io.totangoconnector.client.TotangoClient;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A real emulator on 127.0.0.1 and a client for it, sharing one settable clock: the client's
 * sleeper moves the clock, and the emulator's rate-limit windows see the same time, so waits of
 * minutes take no time at all.
 */
final class Sandbox implements AutoCloseable {
  private static final AtomicInteger TOKENS = new AtomicInteger();

  final SettableClock clock = new SettableClock(Instant.parse("2025-06-15T12:00:00Z"));
  final RecordingSleeper sleeper = new RecordingSleeper(clock);

  /** A token of its own, so that no other test shares its rate limiter. */
  final String token = "functional-token-" + TOKENS.incrementAndGet();

  final Emulator emulator;

  /** An emulator with {@code accounts} accounts, no users, no rate limit, then {@code setup}. */
  Sandbox(int accounts, Consumer<EmulatorConfig.Builder> setup) {
    EmulatorConfig.Builder builder =
        EmulatorConfig.builder()
            .port(0)
            .accounts(accounts)
            .users(0)
            .seed(7)
            .tokens(List.of(token))
            .rateLimitOff()
            .clock(clock);
    setup.accept(builder);
    this.emulator = Emulator.start(builder.build());
  }

  Sandbox(int accounts) {
    this(accounts, b -> {});
  }

  TotangoClient client(int pageSize) {
    return client(b -> b.pageSize(pageSize));
  }

  TotangoClient client(Consumer<ClientConfig.Builder> setup) {
    ClientConfig.Builder builder =
        ClientConfig.builder()
            .baseUrl(emulator.baseUrl())
            .appToken(token)
            .clock(clock)
            // one page at a time: these tests assert the exact sequence of calls
            .readAhead(0)
            .sleeper(sleeper)
            .random(new Random(11));
    setup.accept(builder);
    return new TotangoClient(builder.build());
  }

  @Override
  public void close() {
    emulator.close();
  }
}
