package io.totangoconnector.client.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a paste holds: the query value, and from a curl command also the endpoint and whether it
 * carried a real token.
 */
record Paste(QueryValue query, Optional<SearchEndpoint> endpoint, boolean realToken) {

  /**
   * Reads stripped pasted text: a curl command, bare JSON, or form text with {@code query=}.
   *
   * @param secrets receives any real token before anything else can fail
   */
  static Paste of(String text, Secrets secrets) {
    if (isCurl(text)) {
      return curl(text, secrets);
    }
    if (text.startsWith("{") || text.startsWith("[")) {
      return new Paste(QueryValue.literal(text), Optional.empty(), false);
    }
    QueryValue value =
        FormBody.find(text)
            .orElseThrow(
                () ->
                    new QueryException(
                        "The pasted text is not a query: expected the query JSON (starting with {),"
                            + " query=<json>, or a curl command",
                        ""));
    return new Paste(value, Optional.empty(), false);
  }

  private static boolean isCurl(String text) {
    return text.startsWith("curl")
        && (text.length() == 4 || Character.isWhitespace(text.charAt(4)));
  }

  private static Paste curl(String text, Secrets secrets) {
    CurlCommand command = CurlCommand.parse(ShellWords.split(text));
    boolean realToken = false;
    for (String header : command.headers()) {
      Optional<String> token = AppToken.valueOf(header);
      if (token.isPresent() && !AppToken.isPlaceholder(token.get())) {
        secrets.add(token.get());
        realToken = true;
      }
    }
    QueryValue query = queryValue(command.data());
    return new Paste(query, command.url().map(SearchEndpoint::parse), realToken);
  }

  private static QueryValue queryValue(List<CurlCommand.Data> data) {
    if (data.isEmpty()) {
      throw new QueryException(
          "The curl command has no --data with the query; paste the whole command Totango"
              + " generated, or just the query JSON",
          "");
    }
    List<QueryValue> found = new ArrayList<>();
    for (CurlCommand.Data d : data) {
      fromData(d).ifPresent(found::add);
    }
    if (found.isEmpty()) {
      throw new QueryException("The curl command's data has no query=... field", "");
    }
    if (found.size() > 1) {
      throw new QueryException(
          "The curl command sends more than one query; keep one --data 'query=...'", "");
    }
    return found.get(0);
  }

  private static Optional<QueryValue> fromData(CurlCommand.Data d) {
    String value = d.value();
    String stripped = value.strip();
    if (stripped.startsWith("@") || stripped.startsWith("query@")) {
      throw new QueryException(
          "The curl command reads its data from a file; paste the query JSON itself", "");
    }
    if (stripped.startsWith("{")) {
      return Optional.of(QueryValue.literal(value)); // a JSON body, or a nameless query
    }
    if (!d.raw()) {
      return FormBody.find(stripped);
    }
    return stripped.startsWith("query=")
        ? Optional.of(QueryValue.literal(stripped.substring("query=".length())))
        : Optional.empty();
  }
}
