package io.totangoconnector.bench;

/**
 * One row of the summary table.
 *
 * @param name what is measured, e.g. {@code B3 DuckDB sink}
 * @param baseline what the ratio is against
 * @param ratios the ratios measured; null when the figure could not be measured
 * @param target what the median should be
 * @param extraCondition a condition besides the ratio (e.g. zero 429s); null when none
 * @param verdict overrides pass/miss when not null (e.g. {@code skipped (no PostgreSQL)})
 * @param note context printed under the table; may be empty
 */
public record Figure(
    String name,
    String baseline,
    Samples ratios,
    Target target,
    Condition extraCondition,
    String verdict,
    String note) {

  /** A condition that must hold besides the ratio, with its description for the table. */
  public record Condition(boolean holds, String text) {}

  public static Figure of(
      String name, String baseline, Samples ratios, Target target, String note) {
    return new Figure(name, baseline, ratios, target, null, null, note);
  }

  public static Figure notMeasured(String name, String baseline, Target target, String verdict) {
    return new Figure(name, baseline, null, target, null, verdict, "");
  }

  public Figure and(boolean holds, String text) {
    return new Figure(name, baseline, ratios, target, new Condition(holds, text), verdict, note);
  }

  /** {@code pass}, {@code miss}, {@code info}, or the verdict given. */
  public String result() {
    if (verdict != null) {
      return verdict;
    }
    if (target.isNone() && extraCondition == null) {
      return "info";
    }
    boolean pass =
        target.met(ratios.median()) && (extraCondition == null || extraCondition.holds());
    return pass ? "pass" : "MISS";
  }

  public String targetText() {
    return extraCondition == null ? target.text() : target.text() + ", " + extraCondition.text();
  }
}
