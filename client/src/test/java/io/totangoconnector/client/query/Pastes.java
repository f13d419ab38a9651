package io.totangoconnector.client.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The contract's §5 snippets and the query they carry, for tests. */
final class Pastes {
  /** The JSON of the documented snippet, as its lines are printed there. */
  static final String DOC_JSON =
      """
      {
      "terms":[
      {"type":"string","term":"status_group","in_list":["paying"]}
      ],
      "count":1000,
      "offset":0,
      "fields":[
      {"type":"string","term":"health","field_display_name":"Health rank "},
      {"type":"health_trend","field_display_name":"Health last change "},
      {"type":"string_attribute","attribute":"Success Manager","field_display_name":"Success Manager"}
      ],
      "sort_by":"display_name",
      "sort_order":"ASC",
      "scope":"all"
      }""";

  /** A token shaped like a real one, with the characters tokens may contain. */
  static final String REAL_TOKEN = "Qm7x{K2p$9/vT.w+4@zR}8sLq3";

  private Pastes() {}

  static String resource(String name) {
    try (InputStream in = Pastes.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode json(String text) {
    try {
      return (ObjectNode) new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documented query's JSON on one line. */
  static String docJsonOneLine() {
    return json(DOC_JSON).toString();
  }
}
