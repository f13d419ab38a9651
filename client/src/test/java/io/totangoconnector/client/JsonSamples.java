package io.totangoconnector.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * JSON values as a service might write them: compact or spaced, escaped or raw, numbers in every
 * form JSON allows (-0, exponents, past a long, past a double), text from every plane.
 */
final class JsonSamples {
  private JsonSamples() {}

  /** An object or an array, up to {@code depth} deep. */
  static Arbitrary<String> structures(int depth) {
    return Arbitraries.oneOf(objects(depth), arrays(depth));
  }

  /** Any value: a scalar, or a structure up to {@code depth} deep. */
  static Arbitrary<String> values(int depth) {
    if (depth == 0) {
      return scalars();
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, scalars()),
        net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> structures(depth - 1))));
  }

  static Arbitrary<String> scalars() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, strings()),
        net.jqwik.api.Tuple.of(3, numbers()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("true", "false", "null")));
  }

  /** A JSON string literal, each character raw or escaped at random. */
  static Arbitrary<String> strings() {
    return Combinators.combine(texts(), Arbitraries.longs()).as(JsonSamples::quote);
  }

  /** Text as decoded: ASCII, controls, Latin-1, CJK, emoji, lone surrogates, the escapes. */
  static Arbitrary<String> texts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.strings().alpha().numeric().ofMaxLength(12)),
        net.jqwik.api.Tuple.of(
            3,
            Arbitraries.strings()
                .withChars("\"\\/ \u007f\u00e9\u00ff\u0141\u682a\uFFFD")
                .withCharRange('\u0000', '\u001f')
                .withCharRange('a', 'c')
                .withCharRange('\ud83d', '\ud83d')
                .withCharRange('\ude00', '\ude03')
                .ofMaxLength(10)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("2024-03-01", "2024-02-30", "1.5", "", "e")));
  }

  static Arbitrary<String> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.integers().between(-1000, 1000).map(Object::toString),
        Arbitraries.bigIntegers()
            .between(
                new java.math.BigInteger("-99999999999999999999999"),
                new java.math.BigInteger("99999999999999999999999"))
            .map(Object::toString),
        Arbitraries.doubles().map(Object::toString),
        Arbitraries.of(
            "-0",
            "0",
            "-0.0",
            "0.0",
            "1.50",
            "1e5",
            "1E+5",
            "2e-3",
            "1.4346108E12",
            "1e400",
            "-1e400",
            "1e-400",
            "123456789012345678901234567890.5",
            "9223372036854775808",
            "-9223372036854775808",
            "9223372036854775807",
            "41.0"),
        Combinators.combine(
                Arbitraries.integers().between(-99999, 99999),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("", "e3", "E-2", "e+0"))
            .as((i, fraction, exponent) -> i + "." + fraction + exponent));
  }

  private static Arbitrary<String> objects(int depth) {
    Arbitrary<List<String>> keys = texts().list().ofMaxSize(4);
    Arbitrary<List<String>> values = values(depth).list().ofSize(4);
    return Combinators.combine(
            keys, values, Arbitraries.longs(), Arbitraries.of("", "", "", " ", "\n\t"))
        .as(
            (k, v, seed, space) -> {
              Random random = new Random(seed);
              List<String> members = new ArrayList<>();
              for (int i = 0; i < k.size(); i++) {
                // unique names: a tree keeps only the last of repeated names
                members.add(
                    quote(i + "|" + k.get(i), random.nextLong()) + space + ":" + space + v.get(i));
              }
              return "{" + space + String.join("," + space, members) + space + "}";
            });
  }

  private static Arbitrary<String> arrays(int depth) {
    return Combinators.combine(
            values(depth).list().ofMaxSize(4), Arbitraries.of("", "", "", " ", "\r\n"))
        .as((items, space) -> "[" + space + String.join("," + space, items) + space + "]");
  }

  /** {@code text} as a JSON string literal, each character raw or escaped as {@code seed} says. */
  static String quote(String text, long seed) {
    Random random = new Random(seed);
    boolean escapeAny = random.nextBoolean(); // else only what must be escaped
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair && random.nextBoolean()) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
        out.append(escaped(c, random));
      } else {
        out.append(escapeAny && random.nextInt(4) == 0 ? escaped(c, random) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  private static String escaped(char c, Random random) {
    String shortForm =
        switch (c) {
          case '"' -> "\\\"";
          case '\\' -> "\\\\";
          case '/' -> "\\/";
          case '\b' -> "\\b";
          case '\f' -> "\\f";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          default -> null;
        };
    if (shortForm != null && random.nextBoolean()) {
      return shortForm;
    }
    String hex = String.format("\\u%04x", (int) c);
    return random.nextBoolean()
        ? hex
        : hex.toUpperCase(java.util.Locale.ROOT).replace("\\U", "\\u");
  }
}
