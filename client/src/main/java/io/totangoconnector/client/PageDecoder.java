package io.totangoconnector.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.totangoconnector.client.query.SearchQuery;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one search reply as a stream: memory holds one page of hits, never a tree of the whole
 * reply. Keys may come in any order ({@code status} usually follows {@code response}), so the
 * verdict on {@code status} comes after the hits are read; the page is only returned when it is
 * complete and successful. One instance per search; not thread-safe.
 */
final class PageDecoder {
  /**
   * Supplies the codec that lets a nested value inside {@code selected_fields} be read whole. It
   * leaves the body open, so that the caller can read it to its end and the connection be reused.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private final Report report;
  private final SearchQuery query;
  private final String resultsKey;
  private final HitDecoder hitDecoder;

  PageDecoder(Report report, SearchQuery query) {
    this.report = report;
    this.query = query;
    this.resultsKey = report.path();
    this.hitDecoder = new HitDecoder(query);
  }

  /** A decoder of its own for another thread, as this one is not thread-safe. */
  PageDecoder fresh() {
    return new PageDecoder(report, query);
  }

  /**
   * @throws com.fasterxml.jackson.core.JsonProcessingException when the body is not JSON or ends
   *     early
   * @throws BadReplyException when it is JSON but not a successful result
   */
  Page decode(InputStream body) throws IOException {
    try (JsonParser p = MAPPER.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadReplyException("a reply that is not a JSON object");
      }
      Reply reply = new Reply();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        switch (key) {
          case "response" -> readResponse(p, reply);
          case "status" -> reply.status = HitDecoder.scalarText(p);
          case "_error" -> reply.error = HitDecoder.scalarText(p);
          default -> p.skipChildren();
        }
      }
      return reply.toPage(resultsKey, hitDecoder.drainMismatches());
    }
  }

  private void readResponse(JsonParser p, Reply reply) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      if (key.equals(resultsKey) && p.currentToken() == JsonToken.START_OBJECT) {
        readResults(p, reply);
      } else {
        p.skipChildren();
      }
    }
  }

  private void readResults(JsonParser p, Reply reply) throws IOException {
    reply.hasResults = true;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      if (key.equals("total_hits") && p.currentToken().isNumeric()) {
        reply.totalHits = p.getValueAsLong(-1);
      } else if (key.equals("hits") && p.currentToken() == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          reply.hits.add(hitDecoder.read(p));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
          throw new BadReplyException("a hit that is not a JSON object in response." + resultsKey);
        }
      } else {
        p.skipChildren();
      }
    }
  }

  /** What the reply said, gathered while streaming through it. */
  private static final class Reply {
    String status;
    String error;
    boolean hasResults;
    long totalHits = -1;
    final List<Hit> hits = new ArrayList<>();

    Page toPage(String resultsKey, int mismatches) {
      if (status != null && !status.equals("success")) {
        String why = error == null ? "" : " (" + BodyExcerpt.shorten(error, 200) + ")";
        throw new BadReplyException("status \"" + BodyExcerpt.shorten(status, 60) + "\"" + why);
      }
      if (!hasResults) {
        throw new BadReplyException("a reply without response." + resultsKey);
      }
      if (totalHits < 0) {
        throw new BadReplyException("a reply without response." + resultsKey + ".total_hits");
      }
      return new Page(totalHits, hits, mismatches);
    }
  }
}
