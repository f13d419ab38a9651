package io.totangoconnector.client.slicing;

import io.totangoconnector.client.Report;
import java.util.Locale;

/**
 * The counts one attempt is judged by. Complete when the unsliced query's count, the sum of the
 * slices' counts, the distinct records the attempt read, and the distinct records handed on over
 * all attempts are one number.
 *
 * @param reported total_hits of the unsliced query at the attempt's start
 * @param slicesSum total_hits of the never-active slice plus that of the first activity window (the
 *     later windows and instants lie inside it)
 * @param distinct distinct records the attempt read
 * @param delivered distinct records handed on by all attempts (a consumer cannot un-write)
 * @param partsGap how far the parts the never-active group was read in (when it was split) add up
 *     to other than the group's own total_hits; 0 when it was not split
 */
record Completeness(long reported, long slicesSum, long distinct, long delivered, long partsGap) {
  boolean complete() {
    return gap() == 0;
  }

  /** The largest difference between the counts, in records. */
  long gap() {
    long counts = Math.max(Math.abs(slicesSum - reported), partsGap);
    return Math.max(
        counts, Math.max(Math.abs(distinct - reported), Math.abs(delivered - reported)));
  }

  /** "Totango reported 120,000 users but the slices add up to 120,040 ...". */
  String describe(Report report) {
    String what = report.path();
    String sentence =
        String.format(
            Locale.ROOT,
            "Totango reported %,d %s but the slices add up to %,d and %,d distinct %s were read",
            reported,
            what,
            slicesSum,
            distinct,
            what);
    if (delivered != distinct) {
      sentence += String.format(Locale.ROOT, " (%,d over both attempts)", delivered);
    }
    if (partsGap != 0) {
      sentence +=
          String.format(
              Locale.ROOT,
              "; the never-active %s read by account activity differ from their count by %,d",
              what,
              partsGap);
    }
    return sentence + " (records changed during the sync?)";
  }
}
