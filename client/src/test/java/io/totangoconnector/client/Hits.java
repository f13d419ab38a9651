package io.totangoconnector.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Hit objects as Totango sends them, for fake replies. */
public final class Hits {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Hits() {}

  public static ObjectNode account(String id, String name, Object... selected) {
    ObjectNode hit = MAPPER.createObjectNode();
    hit.put("name", id);
    hit.put("display_name", name);
    hit.put("last_activity_time", 1_425_491_350_000L);
    ArrayNode values = hit.putArray("selected_fields");
    for (Object v : selected) {
      values.add(MAPPER.valueToTree(v));
    }
    return hit;
  }

  /** {@code n} accounts {@code acc-00000}, {@code acc-00001}, ... each with one selected field. */
  public static List<ObjectNode> accounts(int n) {
    List<ObjectNode> hits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      hits.add(account(String.format("acc-%05d", i), "Account " + i, "green"));
    }
    return hits;
  }
}
