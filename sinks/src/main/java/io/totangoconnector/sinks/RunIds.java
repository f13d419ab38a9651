package io.totangoconnector.sinks;

import java.security.SecureRandom;
import java.util.Random;
import java.util.function.Supplier;

/** Short random ids that name one run's staging table or temporary file. */
final class RunIds implements Supplier<String> {
  static final int LENGTH = 10;
  private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
  private final Random random;

  RunIds(Random random) {
    this.random = random;
  }

  static RunIds secure() {
    return new RunIds(new SecureRandom());
  }

  @Override
  public String get() {
    StringBuilder id = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
