package io.totangoconnector.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one ratio; the table shows their median, minimum and maximum. */
public record Samples(List<Double> values) {
  public Samples {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    values = List.copyOf(values);
  }

  public static Samples of(List<Double> values) {
    return new Samples(values);
  }

  public static Samples single(double value) {
    return new Samples(List.of(value));
  }

  public double median() {
    List<Double> sorted = sorted();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public double min() {
    return sorted().get(0);
  }

  public double max() {
    List<Double> sorted = sorted();
    return sorted.get(sorted.size() - 1);
  }

  private List<Double> sorted() {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted;
  }
}
