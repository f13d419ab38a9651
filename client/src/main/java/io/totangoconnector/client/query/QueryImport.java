package io.totangoconnector.client.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.totangoconnector.client.Report;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports the search query a user pasted. Accepted, after trimming:
 *
 * <ul>
 *   <li><b>The bare JSON</b> object, e.g. {@code {"terms":[],"fields":[],...}}; also a JSON body
 *       {@code {"query": "<json text>"}}.
 *   <li><b>{@code query=<json>}</b>, with or without a space after {@code =}, URL-encoded or not,
 *       possibly with other form pairs ({@code query=...&team_id=-1}).
 *   <li><b>A curl command</b> (optionally after a {@code $ } prompt) as Totango's "Generate API
 *       Endpoint" or its documentation prints it, split like a POSIX shell would (single quotes,
 *       double quotes with backslash escapes, backslash-newline joins lines) except that a bare
 *       newline only separates words. The query comes from {@code -d}, {@code --data}, {@code
 *       --data-raw}, {@code --data-binary}, {@code --data-ascii} (form text, several joined by
 *       {@code &}), or {@code --data-urlencode}/{@code -F} ({@code query=} then literal JSON).
 *       Headers come from {@code -H}/{@code --header}; the URL from any non-option word or {@code
 *       --url}, quoted or not, anywhere; {@code -X POST} and other curl options are skipped.
 * </ul>
 *
 * <p><b>Raw or URL-encoded.</b> A form value is used as it is when it parses as JSON as pasted;
 * otherwise it is URL-decoded and parsed again. A raw value that starts with a brace runs to its
 * matching closing brace, so an {@code &} inside the JSON does not end it. Errors are reported
 * against the text as pasted when it starts with a brace, else against the decoded text.
 *
 * <p><b>Positions.</b> JSON errors give a line and column of the query's JSON text: line 1 is the
 * line of its opening brace (the brace is column 1 of it; leading blanks are skipped); later lines
 * count columns as pasted. Shape errors name a path such as {@code fields[3].type} or {@code
 * terms[0].or[2].type}.
 *
 * <p><b>Leniency.</b> A missing {@code terms} or {@code fields} is read as {@code []} with a
 * warning (Totango requires them; a hand-made query deserves the benefit of the doubt), but one of
 * the wrong type is an error. Term and field types we do not know pass with a warning, as do
 * unknown top-level keys; item keys such as {@code desc}, {@code query_term_id}, {@code source},
 * {@code direct} and {@code index} are kept. {@code count} over 1000 is lowered to 1000 with a
 * warning.
 *
 * <p><b>A query describes a segment, not a page.</b> The pasted {@code offset} and {@code count}
 * never limit a sync: the client sets both on every request. A non-zero offset draws a warning.
 *
 * <p><b>Tokens.</b> An {@code app-token} header holding a placeholder ({@code <TOTANGO API TOKEN>},
 * {@code YOUR-TOKEN-HERE}, anything in angle brackets or containing "TOKEN", a shell variable) is
 * dropped silently. A real-looking token is dropped too, with {@link ImportedQuery#tokenIgnored()}
 * set and a warning: credentials never come from a query. No message, warning or exception repeats
 * a token.
 *
 * <p>Stateless and thread-safe.
 */
public final class QueryImport {
  static final String TOKEN_IGNORED =
      "The app token in the pasted snippet was ignored: credentials are never taken from a query;"
          + " set TOTANGO_APP_TOKEN or use --token-file.";

  private QueryImport() {}

  /**
   * Imports a paste whose report is known only if it is a snippet with a URL.
   *
   * @throws QueryException when the paste is not a usable query; the message names the place
   */
  public static ImportedQuery parse(String pasted) {
    return parse(pasted, null);
  }

  /**
   * Imports a paste, checking users-only keys against {@code reportIfKnown} (may be null) when the
   * paste names no report itself.
   *
   * @throws QueryException when the paste is not a usable query; the message names the place
   */
  public static ImportedQuery parse(String pasted, Report reportIfKnown) {
    if (pasted == null || pasted.isBlank()) {
      throw new QueryException(
          "Nothing was pasted: give the query JSON, query=<json>, or the curl command Totango"
              + " generated",
          "");
    }
    Secrets secrets = Secrets.scan(pasted);
    try {
      return importText(withoutPrompt(pasted.strip()), reportIfKnown, secrets);
    } catch (QueryException e) {
      throw secrets.redact(e);
    }
  }

  private static ImportedQuery importText(String text, Report reportIfKnown, Secrets secrets) {
    Paste paste = Paste.of(text, secrets);
    List<String> warnings = new ArrayList<>();
    if (paste.realToken()) {
      warnings.add(TOKEN_IGNORED);
    }
    ObjectNode json = read(paste.query());
    Optional<Report> report = paste.endpoint().map(SearchEndpoint::report);
    SearchQuery query =
        QueryValidator.validate(
            json, report.or(() -> Optional.ofNullable(reportIfKnown)), warnings);
    Optional<URI> baseUrl = paste.endpoint().map(SearchEndpoint::baseUrl);
    return new ImportedQuery(
        report, baseUrl, query, warnings.stream().map(secrets::redact).toList(), paste.realToken());
  }

  /** Reads a form value as pasted when that parses, else URL-decoded (see the class doc). */
  private static ObjectNode read(QueryValue value) {
    if (!value.looksLiteral()) {
      return QueryJson.read(value.decoded());
    }
    try {
      return QueryJson.read(value.asPasted());
    } catch (QueryException asPasted) {
      if (value.encodedForm() == null) {
        throw asPasted;
      }
      try {
        return QueryJson.read(value.decoded());
      } catch (QueryException decoded) {
        throw asPasted;
      }
    }
  }

  private static String withoutPrompt(String text) {
    return text.startsWith("$ ") ? text.substring(2).strip() : text;
  }
}
