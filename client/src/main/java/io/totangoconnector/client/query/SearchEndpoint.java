package io.totangoconnector.client.query;

import io.totangoconnector.client.Report;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search a snippet's URL calls: which report, and the base URL before {@code /api/v1/...}. Any
 * host and port are accepted (Totango's hosts, the emulator, a proxy, even under a path). A URL
 * without a scheme gets {@code https} for Totango's hosts and {@code http} for others, as a person
 * would mean it. User information in the URL is dropped.
 */
record SearchEndpoint(Report report, URI baseUrl) {
  private static final Pattern SEARCH_PATH =
      Pattern.compile("(.*)/api/v1/search/(accounts|users)/?", Pattern.CASE_INSENSITIVE);

  static SearchEndpoint parse(String url) {
    URI uri = toUri(withScheme(url.strip()));
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new QueryException("The snippet's URL must be an http or https URL with a host", "");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    Matcher m = SEARCH_PATH.matcher(path);
    if (!m.matches()) {
      throw new QueryException(
          "The snippet's URL is not an accounts or users search: its path is \""
              + path
              + "\", expected one ending in /api/v1/search/accounts or /api/v1/search/users",
          "");
    }
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    URI base = URI.create(scheme + "://" + uri.getHost() + port + m.group(1));
    return new SearchEndpoint(Report.parse(m.group(2)), base);
  }

  private static String withScheme(String url) {
    if (url.contains("://")) {
      return url;
    }
    int slash = url.indexOf('/');
    String host =
        (slash < 0 ? url : url.substring(0, slash))
            .toLowerCase(Locale.ROOT)
            .replaceAll(":\\d*$", "");
    return (host.endsWith("totango.com") ? "https://" : "http://") + url;
  }

  private static URI toUri(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new QueryException("The snippet's URL is not a valid URL: " + e.getReason(), "");
    }
  }
}
