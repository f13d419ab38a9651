package io.totangoconnector.client.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.client.Report;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks filter terms, descending into {@code or} and {@code parent_account} terms. Unknown types
 * pass with a warning: Totango has more term types than the public record shows.
 */
final class TermCheck {
  private final Optional<Report> report;
  private final List<String> warnings;

  TermCheck(Optional<Report> report, List<String> warnings) {
    this.report = report;
    this.warnings = warnings;
  }

  void check(JsonNode terms, String where) {
    for (int i = 0; i < terms.size(); i++) {
      String at = where + "[" + i + "]";
      JsonNode term = QueryItems.object(terms.get(i), at, "term");
      checkTerm(term, at, QueryItems.type(term, at, "term"));
    }
  }

  private void checkTerm(JsonNode term, String at, String type) {
    if (type.equals(TotangoContract.PARENT_ACCOUNT_TERM)
        && report.equals(Optional.of(Report.ACCOUNTS))) {
      throw new QueryException(
          "A \"parent_account\" term is for users searches only, and this query is for accounts",
          at);
    }
    if (type.equals(TotangoContract.OR_TERM) || type.equals(TotangoContract.PARENT_ACCOUNT_TERM)) {
      String key = type.equals(TotangoContract.OR_TERM) ? "or" : "terms";
      String nestedAt = at + "." + key;
      check(QueryItems.array(term.get(key), nestedAt, "\"" + key + "\""), nestedAt);
      return;
    }
    Set<String> operators = TotangoContract.TERM_OPERATORS.get(type);
    if (operators == null) {
      warnings.add(at + ".type \"" + type + "\" is not one we know; the term is sent as given");
    } else if (operators.stream().noneMatch(term::has)) {
      warnings.add(
          at
              + " (\""
              + type
              + "\") has none of the operators we know ("
              + String.join(", ", new TreeSet<>(operators))
              + "); the term is sent as given");
    }
  }
}
