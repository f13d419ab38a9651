package io.totangoconnector.emulator.functional;

import io.totangoconnector.emulator.DataView;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One default emulator (no rate limit, fixed clock) shared by the read-only test classes. */
final class SharedEmulator {
  static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
  private static Emulator emulator;
  private static DataView data;

  private SharedEmulator() {}

  static synchronized Emulator get() {
    if (emulator == null) {
      emulator =
          Emulator.start(
              EmulatorConfig.builder()
                  .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                  .rateLimitOff()
                  .neverActiveAccounts(40)
                  .build());
      Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
    }
    return emulator;
  }

  static synchronized DataView data() {
    if (data == null) {
      data = get().dataset();
    }
    return data;
  }
}
