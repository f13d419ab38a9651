package io.totangoconnector.bench;

import io.totangoconnector.client.RecordCapException;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.TotangoClient;
import io.totangoconnector.emulator.Emulator;

/**
 * Whether the client reads past Totango's 10,000-record cap of one query (issue 4). Until it does,
 * the figures that need more than 10,000 records in one sync say so instead of failing.
 */
final class PastCap {
  private static Boolean supported;

  private PastCap() {}

  static synchronized boolean supported() {
    if (supported == null) {
      supported = probe();
    }
    return supported;
  }

  private static boolean probe() {
    try (Emulator emulator = Emulators.users(10_500);
        TotangoClient client = new TotangoClient(Syncs.unthrottled(emulator.baseUrl()))) {
      client.search(
          Report.USERS,
          BenchQueries.users(),
          page -> {
            throw new FirstPage();
          },
          null);
      return true;
    } catch (RecordCapException e) {
      return false;
    } catch (FirstPage e) {
      return true;
    }
  }

  /** Ends the probe at the first page: the client did not refuse the query. */
  private static final class FirstPage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FirstPage() {
      super(null, null, false, false);
    }
  }

  static final String PENDING = "pending (issue 4)";
}
