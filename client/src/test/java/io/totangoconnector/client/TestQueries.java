package io.totangoconnector.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.totangoconnector.client.query.FieldSpec;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.ValueKind;
import java.util.List;

/** Builds {@link SearchQuery}s the way the query importer will: the JSON and its columns. */
public final class TestQueries {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TestQueries() {}

  /** A query for {@code fields}, each a {@code string} term field when its kind is TEXT. */
  public static SearchQuery of(List<FieldSpec> fields) {
    ObjectNode json = MAPPER.createObjectNode();
    json.putArray("terms");
    ArrayNode fieldArray = json.putArray("fields");
    ArrayNode parents = MAPPER.createArrayNode();
    for (FieldSpec f : fields) {
      ObjectNode item = (f.parentAccount() ? parents : fieldArray).addObject();
      item.put("type", f.type());
      item.put(f.type().contains("attribute") ? "attribute" : "term", f.key());
      if (f.displayName() != null) {
        item.put("field_display_name", f.displayName());
      }
    }
    if (!parents.isEmpty()) {
      json.set("parent_account_fields", parents);
    }
    json.put("scope", "all");
    return new SearchQuery(json, fields);
  }

  public static SearchQuery noFields() {
    return of(List.of());
  }

  public static FieldSpec text(String term) {
    return new FieldSpec("string", term, term, ValueKind.TEXT, false);
  }

  public static FieldSpec field(String type, String key, ValueKind kind) {
    return new FieldSpec(type, key, key, kind, false);
  }

  public static FieldSpec parent(String type, String key, ValueKind kind) {
    return new FieldSpec(type, key, key, kind, true);
  }
}
