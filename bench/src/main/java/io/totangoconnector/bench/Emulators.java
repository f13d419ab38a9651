package io.totangoconnector.bench;

import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.util.List;
import java.util.function.UnaryOperator;

/** Emulators on a free loopback port with the bench token, unthrottled unless told otherwise. */
final class Emulators {
  private Emulators() {}

  static Emulator users(int users) {
    return users(users, b -> b);
  }

  static Emulator users(int users, UnaryOperator<EmulatorConfig.Builder> more) {
    int accounts = Math.max(10, users / 4);
    EmulatorConfig.Builder b =
        EmulatorConfig.builder()
            .port(0)
            .accounts(accounts)
            .users(users)
            .seed(7)
            .tokens(List.of(BenchQueries.TOKEN))
            .rateLimitOff();
    return Emulator.start(more.apply(b).build());
  }
}
