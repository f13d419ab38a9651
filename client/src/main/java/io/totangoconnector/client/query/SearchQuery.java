package io.totangoconnector.client.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A validated Totango search query: the user's JSON, as pasted, and the columns it requests. It
 * describes a segment, not a page: the client sets {@code offset} and {@code count} per request.
 * Immutable and thread-safe.
 */
public final class SearchQuery {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ObjectNode json;
  private final List<FieldSpec> columns;

  /**
   * @param json a query object that has passed validation; copied
   * @param columns the requested columns in result order: {@code fields}, then {@code
   *     parent_account_fields}
   */
  public SearchQuery(ObjectNode json, List<FieldSpec> columns) {
    this.json = json.deepCopy();
    this.columns = List.copyOf(columns);
  }

  /** The requested columns, in the order of a {@link io.totangoconnector.client.Hit}'s values. */
  public List<FieldSpec> columns() {
    return columns;
  }

  /** A copy of the query object. */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** This query with {@code extra} filter terms ANDed to the user's own (which stay unchanged). */
  public SearchQuery withAdditionalTerms(List<? extends JsonNode> extra) {
    ObjectNode copy = json.deepCopy();
    ArrayNode terms = copy.withArray("terms");
    extra.forEach(t -> terms.add(t.deepCopy()));
    return new SearchQuery(copy, columns);
  }

  /** The JSON text to send for one page. */
  public String toRequestJson(long offset, int count) {
    ObjectNode copy = json.deepCopy();
    copy.put("offset", offset);
    copy.put("count", count);
    try {
      return MAPPER.writeValueAsString(copy);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
