package io.totangoconnector.client.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * Checks {@code count}, {@code offset}, {@code sort_by} and {@code sort_order}. A query describes a
 * segment, not a page: the client sets {@code offset} and {@code count} on every request, so the
 * pasted ones never limit a sync; they are checked only so that the query stays one Totango takes.
 */
final class PagingCheck {
  private static final BigInteger MAX = BigInteger.valueOf(TotangoContract.MAX_COUNT);
  private static final Set<String> SORT_ORDERS = Set.of("ASC", "DESC");

  private PagingCheck() {}

  /** Checks {@code json} in place, lowering a {@code count} over the maximum. */
  static void check(ObjectNode json, List<String> warnings) {
    JsonNode count = json.get("count");
    if (count != null) {
      BigInteger n = WholeNumber.of(count, "count", "count");
      if (n.signum() <= 0) {
        throw new QueryException("\"count\" must be from 1 to " + MAX + ", not " + n, "count");
      }
      if (n.compareTo(MAX) > 0) {
        json.put("count", TotangoContract.MAX_COUNT);
        warnings.add(
            "count " + n + " is over Totango's maximum of " + MAX + "; it is lowered to " + MAX);
      }
    }
    JsonNode offset = json.get("offset");
    if (offset != null) {
      BigInteger n = WholeNumber.of(offset, "offset", "offset");
      if (n.signum() < 0) {
        throw new QueryException("\"offset\" must be 0 or more, not " + n, "offset");
      }
      if (n.signum() > 0) {
        warnings.add(
            "offset " + n + " in the pasted query is ignored: a sync reads the whole segment");
      }
    }
    QueryItems.optionalText(json, "sort_by", "");
    String order = QueryItems.optionalText(json, "sort_order", "");
    if (order != null && !SORT_ORDERS.contains(order)) {
      throw new QueryException(
          "\"sort_order\" must be \"ASC\" or \"DESC\", not \"" + order + "\"", "sort_order");
    }
  }
}
