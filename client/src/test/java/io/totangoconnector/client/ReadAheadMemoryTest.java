package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.totangoconnector.client.query.SearchQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages fetched ahead for a query the reader has left are let go, not kept to the end. */
class ReadAheadMemoryTest {
  private final List<String> fetched = Collections.synchronizedList(new ArrayList<>());

  private Page page(SearchQuery query, PageDecoder decoder, long offset, int count) {
    fetched.add(query.json().path("terms").size() + "@" + offset);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      hits.add(new Hit("r" + (offset + i), null, null, null, null, null, new Object[0]));
    }
    return new Page(1_000, hits, 0);
  }

  @Test
  void movingToAnotherQueryDropsThePagesFetchedAheadForTheFirst() {
    SearchQuery first = TestQueries.noFields();
    SearchQuery second =
        first.withAdditionalTerms(List.of(JsonNodeFactory.instance.objectNode().put("x", 1)));
    try (ReadAhead pages =
        new ReadAhead((q, d, o, c, k, l) -> page(q, d, o, c), 3, new SearchCounters(), null)) {
      PageDecoder decoder = new PageDecoder(Report.ACCOUNTS, first);

      pages.fetch(first, decoder, 0, 100, 1_000);
      assertThat(pages.waiting()).as("three pages of the first query ahead").isEqualTo(3);

      // a probe: the reader looks at the second query's first page and gives up the first query
      PageDecoder secondDecoder = new PageDecoder(Report.ACCOUNTS, second);
      pages.fetch(second, secondDecoder, 0, 100, 1_000);

      assertThat(pages.waiting()).as("only the second query's pages remain").isEqualTo(3);
      assertThat(pages.fetch(second, secondDecoder, 100, 100, 1_000).hits().get(0).id())
          .isEqualTo("r100");
    }
    assertThat(fetched).as("first pages are fetched by the caller itself").contains("0@0", "1@0");
  }
}
