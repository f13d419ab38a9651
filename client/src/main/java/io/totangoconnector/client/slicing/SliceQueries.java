package io.totangoconnector.client.slicing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.SliceContract;
import java.util.List;

/**
 * The user's query narrowed to one slice: our terms ANDed to theirs (which stay as they are), and
 * the order that slice is read in. The order only decides which records fall under the cap first;
 * which records a slice holds is decided by its terms alone.
 */
final class SliceQueries {
  private final SearchQuery base;

  SliceQueries(SearchQuery base) {
    this.base = base;
  }

  /** The records never active, by id. */
  SearchQuery neverActive(boolean descending) {
    return sorted(narrowed(SliceContract.neverActive()), SliceContract.SORT_BY_ID, descending);
  }

  /** The never-active records also matching {@code accountTerm} (users only), by id. */
  SearchQuery neverActiveWith(ObjectNode accountTerm, boolean descending) {
    SearchQuery query = base.withAdditionalTerms(List.of(SliceContract.neverActive(), accountTerm));
    return sorted(query, SliceContract.SORT_BY_ID, descending);
  }

  /** The records active at or after {@code from} (null: ever active), oldest activity first. */
  SearchQuery activeFrom(Long from) {
    ObjectNode term =
        from == null ? SliceContract.everActive() : SliceContract.activeFrom(from.longValue());
    return sorted(narrowed(term), SliceContract.SORT_BY_ACTIVITY, false);
  }

  /** The records last active at exactly {@code instant}, by id. */
  SearchQuery activeAt(long instant, boolean descending) {
    return sorted(
        narrowed(SliceContract.activeWithin(instant, instant + 1)),
        SliceContract.SORT_BY_ID,
        descending);
  }

  private SearchQuery narrowed(ObjectNode term) {
    return base.withAdditionalTerms(List.of(term));
  }

  private static SearchQuery sorted(SearchQuery query, String sortBy, boolean descending) {
    ObjectNode json = query.json();
    json.put("sort_by", sortBy);
    json.put("sort_order", descending ? "DESC" : "ASC");
    return new SearchQuery(json, query.columns());
  }
}
