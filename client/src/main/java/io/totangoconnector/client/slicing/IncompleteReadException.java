package io.totangoconnector.client.slicing;

import io.totangoconnector.client.ConnectorException;
import io.totangoconnector.client.Report;
import java.util.Locale;

/**
 * A sliced read could not show that it read every record exactly once, even after one retry: the
 * records changed while they were read. Retriable later, when the data is calmer; or the user may
 * allow a difference (the completeness tolerance).
 */
public class IncompleteReadException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final long reported;
  private final long slicesSum;
  private final long distinct;
  private final long delivered;

  IncompleteReadException(Report report, Completeness counts, long tolerance) {
    super(
        counts.describe(report)
            + String.format(
                Locale.ROOT,
                ", in both attempts. The difference of %,d is more than the %,d allowed; run the"
                    + " sync again, or allow a difference (sync --tolerance N).",
                counts.gap(),
                tolerance));
    this.reported = counts.reported();
    this.slicesSum = counts.slicesSum();
    this.distinct = counts.distinct();
    this.delivered = counts.delivered();
  }

  /** The number of records Totango reported for the whole query, at the last attempt's start. */
  public long reported() {
    return reported;
  }

  /** The slices' counts added up. */
  public long slicesSum() {
    return slicesSum;
  }

  /** The distinct records the last attempt read. */
  public long distinct() {
    return distinct;
  }

  /** The distinct records handed to the consumer over both attempts. */
  public long delivered() {
    return delivered;
  }
}
