package io.totangoconnector.bench;

import java.util.Locale;

/**
 * What a figure's median ratio should be: at most, at least or within a range; {@link #NONE} for
 * figures shown for information.
 */
public record Target(double low, double high, String text) {
  public static final Target NONE =
      new Target(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "-");

  public static Target atMost(double high) {
    return new Target(Double.NEGATIVE_INFINITY, high, format("<= %.2f", high));
  }

  public static Target atLeast(double low) {
    return new Target(low, Double.POSITIVE_INFINITY, format(">= %.2f", low));
  }

  public static Target within(double low, double high) {
    return new Target(low, high, format("%.2f..%.2f", low, high));
  }

  public boolean isNone() {
    return this == NONE;
  }

  public boolean met(double value) {
    return value >= low && value <= high;
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }

  private static String format(String pattern, double a, double b) {
    return String.format(Locale.ROOT, pattern, a, b);
  }
}
