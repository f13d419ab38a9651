package io.totangoconnector.client.slicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

  @Test
  void agreesWithAJavaSetOnRandomValuesThroughManyResizes() {
    LongHashSet set = new LongHashSet();
    Set<Long> reference = new HashSet<>();
    Random random = new Random(3);
    for (int i = 0; i < 300_000; i++) {
      long v = random.nextInt(200_000) * 0x9E3779B97F4A7C15L; // repeats, spread over the range
      assertThat(set.add(v)).isEqualTo(reference.add(v == 0 ? 1 : v));
    }
    assertThat(set.size()).isEqualTo(reference.size());
  }

  @Test
  void consecutiveValuesAreAllKept() {
    LongHashSet set = new LongHashSet();
    for (long v = 1; v <= 50_000; v++) {
      assertThat(set.add(v)).isTrue();
    }
    assertThat(set.add(25_000)).isFalse();
    assertThat(set.size()).isEqualTo(50_000);
  }
}
