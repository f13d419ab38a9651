package io.totangoconnector.client.slicing;

import io.totangoconnector.client.ConnectorException;
import io.totangoconnector.client.Report;
import java.util.Locale;

/**
 * More records share one activity instant (or were never active, or are never-active users whose
 * accounts share one) than a sliced read can reach: nothing separates them but filter terms the
 * user can add. Not retriable: the query has to change.
 */
public class SliceTooLargeException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final long records;

  public SliceTooLargeException(Report report, long records, String range, long readable) {
    super(
        String.format(
            Locale.ROOT,
            "%,d %s match with %s, more than the %,d that can be read without another way to"
                + " tell them apart; add a filter term (for example on status_group) so that"
                + " each query matches fewer.",
            records,
            report.path(),
            range,
            readable));
    this.records = records;
  }

  /** The records in the slice that could not be split. */
  public long records() {
    return records;
  }
}
