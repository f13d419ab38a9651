package io.totangoconnector.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmulatorConfigTest {
  @Test
  void defaultsFollowTheContract() {
    EmulatorConfig c = EmulatorConfig.builder().build();

    assertThat(c.accounts()).isEqualTo(2500);
    assertThat(c.users()).isEqualTo(10_000);
    assertThat(c.tokens()).containsExactly("demo-token");
    assertThat(c.rateLimitCalls()).isEqualTo(100);
    assertThat(c.rateLimitWindow()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.capMode()).isEqualTo(CapMode.EMPTY);
    assertThat(c.totalFaultRate()).isZero();
  }

  @Test
  void badPortIsRefusedWithTheAllowedValues() {
    assertThatThrownBy(() -> EmulatorConfig.builder().port(70000))
        .hasMessage("port must be 0 (a free port) or 1..65535, was 70000");
  }

  @Test
  void faultRatesMustSumToAtMostOne() {
    EmulatorConfig.Builder b = EmulatorConfig.builder().faultRate(FaultKind.HTTP_500, 0.6);

    assertThatThrownBy(() -> b.faultRate(FaultKind.HTTP_502, 0.5))
        .hasMessage("fault rates must sum to at most 1, would be 1.1");
  }

  @Test
  void faultRateIsSpreadOverEveryKind() {
    EmulatorConfig c = EmulatorConfig.builder().faultRate(0.7).build();

    assertThat(c.faultRates()).hasSize(FaultKind.values().length);
    assertThat(c.faultRates().get(FaultKind.CONNECTION_RESET)).isCloseTo(0.1, within());
    assertThat(c.totalFaultRate()).isCloseTo(0.7, within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void blankTokenIsRefused() {
    assertThatThrownBy(() -> EmulatorConfig.builder().tokens(List.of(" ")))
        .hasMessage("tokens must not be null or blank");
  }

  @Test
  void tooManySpecialAccountsAreRefused() {
    EmulatorConfig.Builder b =
        EmulatorConfig.builder().accounts(10).neverActiveAccounts(6).accountsAtOneInstant(5);

    assertThatThrownBy(b::build)
        .hasMessage(
            "never-active accounts plus accounts at one instant must not exceed accounts (10)");
  }
}
