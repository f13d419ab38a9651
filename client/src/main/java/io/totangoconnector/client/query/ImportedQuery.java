package io.totangoconnector.client.query;

import io.totangoconnector.client.Report;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link QueryImport} made of a paste. Holds no credential: a token in the paste is only
 * reported through {@code tokenIgnored} and a warning.
 *
 * @param report the search named by a snippet's URL; empty for bare JSON or {@code query=...}
 * @param baseUrl the snippet URL's scheme, host, port (and any path before {@code /api/v1}), e.g.
 *     {@code https://api-eu1.totango.com} or {@code http://127.0.0.1:8089}; empty without a URL
 * @param query the validated query
 * @param warnings what the user should know (unknown types, lowered count, ignored token, ...)
 * @param tokenIgnored whether the snippet carried a real-looking app token, which was dropped
 */
public record ImportedQuery(
    Optional<Report> report,
    Optional<URI> baseUrl,
    SearchQuery query,
    List<String> warnings,
    boolean tokenIgnored) {
  public ImportedQuery {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(query, "query");
    warnings = List.copyOf(warnings);
  }
}
