package io.totangoconnector.client.slicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongHashSetTest {
  @TempDir Path spill;

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

  @Test
  void aLargeSetMovesToAFileThatIsDeletedAtOnceAndKeepsEveryValue() throws IOException {
    LongHashSet set = new LongHashSet(spill, 4096);
    Random random = new Random(7);
    Set<Long> reference = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      long v = random.nextLong();
      assertThat(set.add(v)).isEqualTo(reference.add(v == 0 ? 1 : v));
      if (i == 1000) {
        assertThat(set.spilled()).as("2,048 slots still fit the heap").isFalse();
      }
    }
    assertThat(set.spilled()).isTrue();
    for (long v : reference) {
      assertThat(set.add(v)).as("every value is still found after the move").isFalse();
    }
    assertThat(set.size()).isEqualTo(reference.size());
    try (Stream<Path> left = Files.list(spill)) {
      assertThat(left).as("the mapped files are deleted as soon as they are mapped").isEmpty();
    }
  }

  @Test
  void withoutAUsableDirectoryTheSetStaysOnTheHeapAndStillWorks() {
    LongHashSet set = new LongHashSet(spill.resolve("missing"), 4096);
    for (long v = 1; v <= 20_000; v++) {
      assertThat(set.add(v * 31)).isTrue();
    }
    assertThat(set.spilled()).isFalse();
    assertThat(set.add(31 * 777)).isFalse();
    assertThat(set.size()).isEqualTo(20_000);
  }
}
