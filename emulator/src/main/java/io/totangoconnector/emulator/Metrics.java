package io.totangoconnector.emulator;

/** Usage metrics: any metric name yields a stable value derived from (record id, name). */
final class Metrics {
  private Metrics() {}

  static Double number(Subject s, String metric, String source) {
    return Math.round(rng(s, metric, source).nextDouble() * 10_000) / 10.0;
  }

  static Double change(Subject s, String metric, String duration) {
    return Math.round((rng(s, metric, duration).nextDouble() * 2 - 1) * 10_000) / 10_000.0;
  }

  static Long count(Subject s, String name, String duration) {
    Rng r = rng(s, name, duration);
    return s.lastActivityTime() == null ? 0L : (long) (5000 * Math.pow(r.nextDouble(), 3));
  }

  static Double score(Subject s, String type, String dimension) {
    return (double) rng(s, type, dimension).nextInt(101);
  }

  static Long days(Subject s, String type) {
    return (long) rng(s, type, "").nextInt(400);
  }

  private static Rng rng(Subject s, String a, String b) {
    return new Rng(Rng.seed(s.id().hashCode(), a.hashCode(), b.hashCode()));
  }
}
