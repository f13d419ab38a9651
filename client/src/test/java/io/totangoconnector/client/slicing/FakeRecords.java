package io.totangoconnector.client.slicing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.totangoconnector.client.Hit;
import io.totangoconnector.client.query.SearchQuery;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A page source over records in memory that follows {@code SliceContract}: activity terms (also
 * nested in {@code parent_account}, on the account's activity), sorts by activity (nulls first,
 * ties by id) or by id, and the 10,000-record cap (empty pages past it). With {@code sorted} false
 * it ignores {@code sort_by}, as a broken service might.
 */
final class FakeRecords implements PageSource {
  /** A record; {@code account} is the activity of a user's account (null: never active). */
  record Rec(String id, Long activity, Long account) {
    Rec(String id, Long activity) {
      this(id, activity, 1L);
    }
  }

  private final List<Rec> records;
  private final boolean sorted;
  int calls;

  FakeRecords(List<Rec> records, boolean sorted) {
    this.records = records;
    this.sorted = sorted;
  }

  @Override
  public SourcePage fetch(SearchQuery query, long offset, int count, long end) {
    calls++;
    ObjectNode json = query.json();
    List<Rec> matching = records.stream().filter(matcher(json.get("terms"))).toList();
    List<Rec> ordered = sorted ? matching.stream().sorted(order(json)).toList() : matching;
    int from = (int) Math.min(offset, Math.min(10_000, ordered.size()));
    int to = (int) Math.max(from, Math.min(Math.min(offset + count, 10_000), ordered.size()));
    List<Hit> hits =
        ordered.subList(from, to).stream()
            .map(r -> new Hit(r.id(), null, null, r.activity(), null, null, new Object[0]))
            .toList();
    return new SourcePage(matching.size(), hits);
  }

  private static Predicate<Rec> matcher(JsonNode terms) {
    Predicate<Rec> all = r -> true;
    for (JsonNode t : terms) {
      all = all.and(term(t));
    }
    return all;
  }

  private static Predicate<Rec> term(JsonNode t) {
    if (t.path("type").asText().equals("parent_account")) {
      return term(t.get("terms").get(0), Rec::account);
    }
    return term(t, Rec::activity);
  }

  private static Predicate<Rec> term(JsonNode t, Function<Rec, Long> time) {
    if (t.has("eq")) {
      return r -> time.apply(r) == null;
    }
    Predicate<Rec> p = r -> time.apply(r) != null;
    if (t.has("gt")) {
      p = p.and(r -> time.apply(r) > t.get("gt").asLong());
    }
    if (t.has("gte")) {
      p = p.and(r -> time.apply(r) >= t.get("gte").asLong());
    }
    if (t.has("lt")) {
      p = p.and(r -> time.apply(r) < t.get("lt").asLong());
    }
    return p;
  }

  private static Comparator<Rec> order(ObjectNode json) {
    boolean desc = json.path("sort_order").asText().equals("DESC");
    Comparator<Rec> byId = Comparator.comparing(Rec::id);
    if (json.path("sort_by").asText().equals("name")) {
      return desc ? byId.reversed() : byId;
    }
    Comparator<Rec> byActivity =
        Comparator.comparing(Rec::activity, Comparator.nullsFirst(Comparator.naturalOrder()));
    return (desc ? byActivity.reversed() : byActivity).thenComparing(byId);
  }
}
