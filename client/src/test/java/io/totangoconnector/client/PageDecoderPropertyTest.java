package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.totangoconnector.client.query.FieldSpec;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.ValueKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The streaming decoder reads every page as reading the whole reply as a tree and converting its
 * nodes reads it: the same hits, values and mismatch count, whatever the values and their form.
 */
class PageDecoderPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Property(tries = 600)
  void decodesAsTheTreeReads(
      @ForAll("queries") SearchQuery query,
      @ForAll("hitLists") List<String> hits,
      @ForAll @IntRange(min = 1, max = 9000) int chunk)
      throws IOException {
    String body =
        "{\"response\":{\"users\":{\"total_hits\":"
            + hits.size()
            + ",\"hits\":["
            + String.join(",", hits)
            + "]}},\"status\":\"success\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

    Page page = new PageDecoder(Report.USERS, query).decode(new TrickleInputStream(bytes, chunk));

    TreeReading expected = new TreeReading(query, MAPPER.readTree(bytes));
    assertThat(page.hits()).hasSameSizeAs(expected.hits);
    for (int i = 0; i < page.hits().size(); i++) {
      Hit hit = page.hits().get(i);
      Hit want = expected.hits.get(i);
      assertThat(hit.values()).as("values").containsExactly(want.values());
      assertThat(hit).usingRecursiveComparison().ignoringFields("values").isEqualTo(want);
    }
    assertThat(page.decodeMismatches()).isEqualTo(expected.mismatches);
  }

  @Provide
  Arbitrary<SearchQuery> queries() {
    Arbitrary<List<ValueKind>> kinds = Arbitraries.of(ValueKind.class).list().ofMaxSize(6);
    return Combinators.combine(kinds, Arbitraries.integers().between(0, 6), Arbitraries.longs())
        .as(PageDecoderPropertyTest::query);
  }

  /** The first {@code fieldCount} kinds are fields, the rest parent fields, some at an index. */
  private static SearchQuery query(List<ValueKind> kinds, int fieldCount, long seed) {
    Random random = new Random(seed);
    int fields = Math.min(fieldCount, kinds.size());
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      slots.add(i);
    }
    Collections.shuffle(slots, random);
    ObjectNode json = MAPPER.createObjectNode();
    json.putArray("terms");
    ArrayNode fieldArray = json.putArray("fields");
    ArrayNode parents = json.putArray("parent_account_fields");
    List<FieldSpec> columns = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      boolean parent = i >= fields;
      ObjectNode item = (parent ? parents : fieldArray).addObject().put("type", "t" + i);
      if (parent && random.nextBoolean()) {
        item.put("index", slots.get(i));
      }
      columns.add(new FieldSpec("t" + i, "k" + i, "c" + i, kinds.get(i), parent));
    }
    return new SearchQuery(json, columns);
  }

  @Provide
  Arbitrary<List<String>> hitLists() {
    return hits().list().ofMaxSize(4);
  }

  private Arbitrary<String> hits() {
    Arbitrary<String> names = Arbitraries.oneOf(JsonSamples.strings(), Arbitraries.just("null"));
    Arbitrary<String> account =
        Arbitraries.oneOf(
            Combinators.combine(names, names)
                .as((n, d) -> "{\"name\":" + n + ",\"x\":[1,{}],\"display_name\":" + d + "}"),
            JsonSamples.values(1));
    Arbitrary<String> selected =
        Arbitraries.oneOf(
            JsonSamples.values(2).list().ofMaxSize(8).map(v -> "[" + String.join(",", v) + "]"),
            JsonSamples.scalars());
    Arbitrary<List<String>> members =
        Combinators.combine(
                names,
                names,
                JsonSamples.values(1),
                JsonSamples.values(1),
                account,
                selected.list().ofMinSize(1).ofMaxSize(2),
                JsonSamples.values(2).list().ofMaxSize(2))
            .as(
                (id, name, first, last, acc, sel, unknown) -> {
                  List<String> m = new ArrayList<>();
                  m.add("\"name\":" + id);
                  m.add("\"display_name\":" + name);
                  m.add("\"first_activity_time\":" + first);
                  m.add("\"last_activity_time\":" + last);
                  m.add("\"account\":" + acc);
                  sel.forEach(s -> m.add("\"selected_fields\":" + s));
                  for (int i = 0; i < unknown.size(); i++) {
                    m.add("\"other" + i + "\":" + unknown.get(i));
                  }
                  return m;
                });
    return Combinators.combine(members, Arbitraries.longs())
        .as(
            (m, seed) -> {
              // any key order, but a repeated selected_fields keeps its order: the last one counts
              List<String> shuffled = new ArrayList<>(m);
              Collections.shuffle(shuffled, new Random(seed));
              List<String> selectedInOrder =
                  m.stream().filter(s -> s.startsWith("\"selected_fields\"")).toList();
              int next = 0;
              for (int i = 0; i < shuffled.size(); i++) {
                if (shuffled.get(i).startsWith("\"selected_fields\"")) {
                  shuffled.set(i, selectedInOrder.get(next++));
                }
              }
              return "{" + String.join(",", shuffled) + "}";
            });
  }

  /** What reading the whole reply as a tree and converting each node gives. */
  private static final class TreeReading {
    final List<Hit> hits = new ArrayList<>();
    int mismatches;

    TreeReading(SearchQuery query, JsonNode root) {
      int[] positions = ColumnPositions.of(query);
      for (JsonNode hit : root.at("/response/users/hits")) {
        JsonNode account = hit.get("account");
        boolean hasAccount = account != null && account.isObject();
        hits.add(
            new Hit(
                text(hit.get("name")),
                text(hit.get("display_name")),
                activity(hit.get("first_activity_time")),
                activity(hit.get("last_activity_time")),
                hasAccount ? text(account.get("name")) : null,
                hasAccount ? text(account.get("display_name")) : null,
                values(query, positions, hit.get("selected_fields"))));
      }
    }

    private static String text(JsonNode node) {
      return node == null || node.isNull() ? null : node.asText();
    }

    private Long activity(JsonNode node) {
      Object value = convert(node, ValueKind.EPOCH_MILLIS);
      return value == null || value.equals(0L) ? null : (Long) value;
    }

    private Object[] values(SearchQuery query, int[] positions, JsonNode selected) {
      Object[] values = new Object[positions.length];
      if (selected != null && selected.isArray()) {
        for (int j = 0; j < values.length; j++) {
          values[j] = convert(selected.get(positions[j]), query.columns().get(j).kind());
        }
      }
      return values;
    }

    private Object convert(JsonNode node, ValueKind kind) {
      Object value = ValueConverter.convert(node, kind);
      if (value == ValueConverter.MISMATCH) {
        mismatches++;
        return null;
      }
      return value;
    }
  }
}
