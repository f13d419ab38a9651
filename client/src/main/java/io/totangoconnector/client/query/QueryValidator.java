package io.totangoconnector.client.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.totangoconnector.client.Report;
import java.util.List;
import java.util.Optional;

/**
 * Checks a query object's shape and derives its columns. Wrong shapes are errors naming their
 * place; what we merely do not know (a type, a key) passes with a warning.
 */
final class QueryValidator {
  private QueryValidator() {}

  /**
   * @param report the search the query is for, when known: users-only keys are refused for accounts
   * @param warnings receives what the user should know
   */
  static SearchQuery validate(ObjectNode pasted, Optional<Report> report, List<String> warnings) {
    ObjectNode json = pasted.deepCopy();
    json.fieldNames()
        .forEachRemaining(
            key -> {
              if (!TotangoContract.QUERY_KEYS.contains(key)) {
                warnings.add(
                    "The query key \"" + key + "\" is not one we know; it is sent as given");
              }
            });
    JsonNode terms = arrayOrEmpty(json, "terms", "every record matches", warnings);
    JsonNode fields = arrayOrEmpty(json, "fields", "only the fixed columns are read", warnings);
    new TermCheck(report, warnings).check(terms, "terms");
    List<FieldSpec> columns = new FieldCheck(warnings).columns(fields, parentFields(json, report));
    PagingCheck.check(json, warnings);
    return new SearchQuery(json, columns);
  }

  /** Totango requires terms and fields; a hand-made query without them is read as empty ones. */
  private static JsonNode arrayOrEmpty(
      ObjectNode json, String key, String meaning, List<String> warnings) {
    if (!json.has(key)) {
      warnings.add("The query has no \"" + key + "\"; it is read as [] (" + meaning + ")");
      json.putArray(key);
    }
    return QueryItems.array(json.get(key), key, "\"" + key + "\"");
  }

  private static JsonNode parentFields(ObjectNode json, Optional<Report> report) {
    String key = TotangoContract.PARENT_ACCOUNT_FIELDS;
    if (!json.has(key)) {
      return null;
    }
    if (report.equals(Optional.of(Report.ACCOUNTS))) {
      throw new QueryException(
          "\"" + key + "\" is for users searches only, and this query is for accounts", key);
    }
    return QueryItems.array(json.get(key), key, "\"" + key + "\"");
  }
}
