package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedTextTest {
  private final RepeatedText texts = new RepeatedText();

  @Test
  void aRepeatedTextIsTheStringSeenBefore() {
    String first = texts.of("..Paying..".toCharArray(), 2, 6);
    String again = texts.of("Paying".toCharArray(), 0, 6);

    assertThat(first).isEqualTo("Paying");
    assertThat(again).isSameAs(first);
  }

  @Test
  void textsThatDifferOnlyInOneCharacterOrInLengthStayApart() {
    String paying = texts.of("Paying".toCharArray(), 0, 6);

    assertThat(texts.of("Payinh".toCharArray(), 0, 6)).isEqualTo("Payinh");
    assertThat(texts.of("Payin".toCharArray(), 0, 5)).isEqualTo("Payin");
    assertThat(texts.of("".toCharArray(), 0, 0)).isEmpty();
    assertThat(texts.of("Paying".toCharArray(), 0, 6)).isEqualTo(paying);
  }

  @Test
  void aLongTextIsNeverShared() {
    char[] id = "x".repeat(RepeatedText.MAX_LENGTH + 1).toCharArray();

    String first = texts.of(id, 0, id.length);
    String again = texts.of(id, 0, id.length);

    assertThat(again).isEqualTo(first).isNotSameAs(first);
  }

  @Test
  void manyDistinctTextsAllComeBackRightThoughTheyShareSlots() {
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      written.add("acc-" + i + "-\u00e9\ud83d\ude00");
    }
    for (int round = 0; round < 2; round++) {
      for (String s : written) {
        char[] chars = s.toCharArray();
        assertThat(texts.of(chars, 0, chars.length)).isEqualTo(s);
      }
    }
  }
}
