package io.totangoconnector.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnNamerTest {

  @Test
  void displayNamesBecomeLowerSnakeCase() {
    assertThat(ColumnNamer.safe("Health rank ")).isEqualTo("health_rank");
    assertThat(ColumnNamer.safe("Success Manager")).isEqualTo("success_manager");
    assertThat(ColumnNamer.safe("  Contract Value ($) [USD]: ")).isEqualTo("contract_value_usd");
  }

  @Test
  void percentAndHashAreSpelledOut() {
    assertThat(ColumnNamer.safe("Adoption %")).isEqualTo("adoption_pct");
    assertThat(ColumnNamer.safe("# of seats")).isEqualTo("num_of_seats");
  }

  @Test
  void accentsAreDroppedAndOtherScriptsKept() {
    assertThat(ColumnNamer.safe("Größe Café")).isEqualTo("grosse_cafe");
    assertThat(ColumnNamer.safe("顧客 名前")).isEqualTo("顧客_名前");
  }

  @Test
  void leadingDigitGetsAnUnderscore() {
    assertThat(ColumnNamer.safe("30 day activity")).isEqualTo("_30_day_activity");
  }

  @Test
  void repeatedNamesGetNumberedSuffixes() {
    ColumnNamer namer = new ColumnNamer();
    namer.reserve("account_id");
    assertThat(namer.name("Health", "f1")).isEqualTo("health");
    assertThat(namer.name("health ", "f2")).isEqualTo("health_2");
    assertThat(namer.name("HEALTH", "f3")).isEqualTo("health_3");
    assertThat(namer.name("Account ID", "f4")).isEqualTo("account_id_2");
  }

  @Test
  void nothingLeftFallsBackToThePositionName() {
    ColumnNamer namer = new ColumnNamer();
    assertThat(namer.name("()[]:", "field_7")).isEqualTo("field_7");
  }

  @Test
  void longNamesAreCutBelowPostgresLimitAndStayUnique() {
    ColumnNamer namer = new ColumnNamer();
    String label = "a very long display name that goes on and on well past sixty three characters";
    String first = namer.name(label, "f1");
    String second = namer.name(label, "f2");
    assertThat(first).hasSizeLessThanOrEqualTo(63).startsWith("a_very_long_display_name");
    assertThat(second).hasSizeLessThanOrEqualTo(63).endsWith("_2").isNotEqualTo(first);
  }

  @Test
  void namesInOtherScriptsAreCutAtPostgresLimitInBytes() {
    ColumnNamer namer = new ColumnNamer();
    String first = namer.name("名".repeat(40), "f1");
    String second = namer.name("名".repeat(40), "f2");
    assertThat(first).isEqualTo("名".repeat(21)); // 3 bytes each: 63 bytes
    assertThat(second).isEqualTo("名".repeat(20) + "_2");
  }
}
