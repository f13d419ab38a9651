package io.totangoconnector.client;

import static io.totangoconnector.client.ValueConverter.MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.totangoconnector.client.query.ValueKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValueConverterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Object convert(String json, ValueKind kind) throws Exception {
    JsonNode node = MAPPER.readTree(json);
    return ValueConverter.convert(node, kind);
  }

  @Test
  void textTakesScalarsAsTheirTextAndContainersAsJson() throws Exception {
    assertThat(convert("\"Paying\"", ValueKind.TEXT)).isEqualTo("Paying");
    assertThat(convert("36609.0", ValueKind.TEXT)).isEqualTo("36609.0");
    assertThat(convert("true", ValueKind.TEXT)).isEqualTo("true");
    assertThat(convert("[\"a\", \"b\"]", ValueKind.TEXT)).isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void integerAcceptsWholeDoublesOnly() throws Exception {
    assertThat(convert("41", ValueKind.INTEGER)).isEqualTo(41L);
    assertThat(convert("41.0", ValueKind.INTEGER)).isEqualTo(41L);
    assertThat(convert("41.5", ValueKind.INTEGER)).isSameAs(MISMATCH);
    assertThat(convert("\"41\"", ValueKind.INTEGER)).isSameAs(MISMATCH);
    assertThat(convert("99999999999999999999", ValueKind.INTEGER)).isSameAs(MISMATCH);
  }

  @Test
  void epochMillisIsALong() throws Exception {
    assertThat(convert("1434610800000", ValueKind.EPOCH_MILLIS)).isEqualTo(1_434_610_800_000L);
    assertThat(convert("1.4346108E12", ValueKind.EPOCH_MILLIS)).isEqualTo(1_434_610_800_000L);
    assertThat(convert("\"2024-01-01\"", ValueKind.EPOCH_MILLIS)).isSameAs(MISMATCH);
  }

  @Test
  void numberAndBooleanAreStrict() throws Exception {
    assertThat(convert("-0.0909", ValueKind.NUMBER)).isEqualTo(-0.0909);
    assertThat(convert("7", ValueKind.NUMBER)).isEqualTo(7.0);
    assertThat(convert("\"7\"", ValueKind.NUMBER)).isSameAs(MISMATCH);
    assertThat(convert("false", ValueKind.BOOLEAN)).isEqualTo(false);
    assertThat(convert("\"false\"", ValueKind.BOOLEAN)).isSameAs(MISMATCH);
  }

  @Test
  void isoDateTakesTheDateOfADateTime() throws Exception {
    assertThat(convert("\"2024-03-01\"", ValueKind.ISO_DATE)).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(convert("\"2024-03-01T10:15:00Z\"", ValueKind.ISO_DATE))
        .isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(convert("\"2024-02-30\"", ValueKind.ISO_DATE)).isSameAs(MISMATCH);
    assertThat(convert("\"01/03/2024\"", ValueKind.ISO_DATE)).isSameAs(MISMATCH);
    assertThat(convert("1709251200000", ValueKind.ISO_DATE)).isSameAs(MISMATCH);
  }

  @Test
  void jsonKeepsEveryValueAsCompactJsonText() throws Exception {
    assertThat(convert("{ \"on_attention\" : false, \"date_added\" : null }", ValueKind.JSON))
        .isEqualTo(new JsonText("{\"on_attention\":false,\"date_added\":null}"));
    assertThat(convert("\"x\"", ValueKind.JSON)).isEqualTo(new JsonText("\"x\""));
    assertThat(convert("3", ValueKind.JSON)).isEqualTo(new JsonText("3"));
  }

  @Test
  void nullIsNullForEveryKind() throws Exception {
    for (ValueKind kind : ValueKind.values()) {
      assertThat(convert("null", kind)).as(kind.name()).isNull();
    }
    assertThat(ValueConverter.convert(null, ValueKind.TEXT)).isNull();
  }
}
