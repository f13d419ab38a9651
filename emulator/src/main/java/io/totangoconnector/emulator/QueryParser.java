package io.totangoconnector.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads and validates the JSON text of a query; every refusal is a {@link QueryProblem}. */
final class QueryParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private QueryParser() {}

  static ParsedQuery parse(String text, Report report, Snapshot snapshot, long todayMidnight) {
    JsonNode root = readJson(text);
    Matcher matcher =
        new TermCompiler(report, snapshot, todayMidnight)
            .compileAll(required(root, "terms"), "terms");
    List<FieldSpec> fields = fields(required(root, "fields"), "fields");
    List<FieldSpec> parents =
        report == Report.USERS && root.has("parent_account_fields")
            ? fields(root.get("parent_account_fields"), "parent_account_fields")
            : List.of();
    int count = integer(root, "count", ContractChoices.DEFAULT_COUNT);
    if (count > ContractChoices.MAX_COUNT) {
      throw new QueryProblem(
          "count " + count + " is over the maximum of " + ContractChoices.MAX_COUNT);
    }
    int offset = integer(root, "offset", 0);
    String sortBy =
        root.hasNonNull("sort_by")
            ? ValueTests.text(root.get("sort_by"), "sort_by")
            : "display_name";
    SortKey sort = SortKey.of(sortBy, descending(root), fields, parents);
    String orderKey =
        String.join(
            "|",
            report.key,
            Long.toString(snapshot.version()),
            sortBy,
            Boolean.toString(sort.descending()),
            root.path("fields").toString(),
            root.path("parent_account_fields").toString());
    String resultKey = orderKey + "|" + todayMidnight + "|" + root.get("terms");
    return new ParsedQuery(
        report,
        matcher,
        fields,
        parents,
        Layout.of(fields.size(), parents),
        count,
        offset,
        sort,
        root.get("terms").isEmpty(),
        orderKey,
        resultKey);
  }

  private static JsonNode readJson(String text) {
    if (text == null || text.isBlank()) {
      throw new QueryProblem("query is missing: send the JSON query in the form field 'query'");
    }
    try {
      JsonNode root = MAPPER.readTree(text.strip());
      if (root == null || !root.isObject()) {
        throw new QueryProblem("query must be a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new QueryProblem(
          "query is not valid JSON: "
              + e.getOriginalMessage()
              + " (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    }
  }

  private static JsonNode required(JsonNode root, String key) {
    if (!root.has(key) && ContractChoices.TERMS_AND_FIELDS_REQUIRED) {
      throw new QueryProblem("query has no \"" + key + "\" (it may be [] but must be present)");
    }
    return root.has(key) ? root.get(key) : MAPPER.createArrayNode();
  }

  private static List<FieldSpec> fields(JsonNode node, String where) {
    if (!node.isArray()) {
      throw new QueryProblem(
          where
              + " must be an array, was "
              + node.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    List<FieldSpec> result = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      result.add(FieldValues.compile(node.get(i), where + "[" + i + "]"));
    }
    return result;
  }

  private static int integer(JsonNode root, String key, int absent) {
    if (!root.hasNonNull(key)) {
      return absent;
    }
    JsonNode node = root.get(key);
    if (!node.canConvertToInt() || node.asDouble() != node.asInt() || node.asInt() < 0) {
      throw new QueryProblem(key + " must be a whole number of 0 or more, was " + node);
    }
    return node.asInt();
  }

  private static boolean descending(JsonNode root) {
    String order =
        root.hasNonNull("sort_order")
            ? ValueTests.text(root.get("sort_order"), "sort_order")
            : "ASC";
    return switch (order.toUpperCase(Locale.ROOT)) {
      case "ASC" -> false;
      case "DESC" -> true;
      default -> throw new QueryProblem("sort_order '" + order + "' must be ASC or DESC");
    };
  }
}
