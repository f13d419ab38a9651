package io.totangoconnector.client;

import static io.totangoconnector.client.TestQueries.parent;
import static io.totangoconnector.client.TestQueries.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnPositionsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void accountColumnsArePositional() {
    SearchQuery query = TestQueries.of(List.of(text("a"), text("b"), text("c")));

    assertThat(ColumnPositions.of(query)).containsExactly(0, 1, 2);
  }

  @Test
  void parentFieldsTakeTheirIndexAndTheRestFollowTheUserFields() {
    ObjectNode json = MAPPER.createObjectNode();
    ArrayNode fields = json.putArray("fields");
    fields.addObject().put("type", "string").put("term", "u1");
    fields.addObject().put("type", "string").put("term", "u2");
    ArrayNode parents = json.putArray("parent_account_fields");
    parents.addObject().put("type", "string").put("term", "p1");
    parents.addObject().put("type", "string").put("term", "p2").put("index", 2);
    parents.addObject().put("type", "string").put("term", "p3");
    SearchQuery query =
        new SearchQuery(
            json,
            List.of(
                text("u1"),
                text("u2"),
                parent("string", "p1", ValueKind.TEXT),
                parent("string", "p2", ValueKind.TEXT),
                parent("string", "p3", ValueKind.TEXT)));

    // p2 claims 2; p1 and p3 take the next free positions after the two user fields.
    assertThat(ColumnPositions.of(query)).containsExactly(0, 1, 3, 2, 4);
  }

  @Test
  void anIndexAmongTheUserFieldsPushesThemOn() {
    ObjectNode json = MAPPER.createObjectNode();
    ArrayNode fields = json.putArray("fields");
    fields.addObject().put("type", "string").put("term", "u1");
    fields.addObject().put("type", "string").put("term", "u2");
    json.putArray("parent_account_fields")
        .addObject()
        .put("type", "string")
        .put("term", "p1")
        .put("index", 0);
    SearchQuery query =
        new SearchQuery(
            json, List.of(text("u1"), text("u2"), parent("string", "p1", ValueKind.TEXT)));

    assertThat(ColumnPositions.of(query)).containsExactly(1, 2, 0);
  }
}
