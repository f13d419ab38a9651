package io.totangoconnector.bench;

import java.util.List;

/** One of B1..B10: measures its figures against baselines measured in the same run. */
public interface Bench {
  /** {@code B1} .. {@code B10}. */
  String id();

  /** One line: what it measures. */
  String title();

  List<Figure> run() throws Exception;
}
