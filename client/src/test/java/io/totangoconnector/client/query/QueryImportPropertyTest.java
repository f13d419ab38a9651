package io.totangoconnector.client.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.client.Report;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class QueryImportPropertyTest {
  private static final String MULTI_LINE = Pastes.DOC_JSON;
  private static final String ONE_LINE = Pastes.docJsonOneLine();

  /** How the query gets into the data argument. */
  enum Data {
    D("-d"),
    DATA("--data"),
    DATA_RAW("--data-raw"),
    DATA_BINARY("--data-binary"),
    DATA_URLENCODE("--data-urlencode"),
    ENCODED("--data");

    final String option;

    Data(String option) {
      this.option = option;
    }
  }

  @Property(tries = 400)
  void snippetVariantsImportTheSameQuery(
      @ForAll boolean multiLine,
      @ForAll boolean spaceAfterEquals,
      @ForAll Data data,
      @ForAll boolean doubleQuoted,
      @ForAll("separators") String separator,
      @ForAll("headers") String header,
      @ForAll("urlQuotes") String urlQuote,
      @ForAll("orders") List<Integer> order,
      @ForAll boolean teamId,
      @ForAll boolean post) {
    String json = multiLine ? MULTI_LINE : ONE_LINE;
    String value = "query=" + (spaceAfterEquals ? " " : "") + json;
    if (data == Data.ENCODED) {
      value =
          "query="
              + URLEncoder.encode((spaceAfterEquals ? " " : "") + json, StandardCharsets.UTF_8);
    }
    if (teamId && data != Data.DATA_URLENCODE) {
      value = value + "&team_id=-1";
    }
    String dataPart = data.option + " " + quote(value, doubleQuoted);
    String url = urlQuote + "http://127.0.0.1:8089/api/v1/search/users" + urlQuote;
    List<String> parts = List.of(dataPart, header, url, post ? "-X POST" : "-s");
    List<String> ordered = new ArrayList<>();
    order.forEach(i -> ordered.add(parts.get(i)));
    if (teamId) {
      ordered.add("-d team_id=-1");
    }
    String snippet = "curl " + String.join(separator, ordered);

    ImportedQuery imported = QueryImport.parse(snippet);

    assertThat(imported.query().json()).isEqualTo(Pastes.json(MULTI_LINE));
    assertThat(imported.report()).contains(Report.USERS);
    assertThat(imported.baseUrl()).contains(URI.create("http://127.0.0.1:8089"));
    assertThat(imported.tokenIgnored()).isEqualTo(header.contains(Pastes.REAL_TOKEN));
    assertThat(imported.toString()).doesNotContain(Pastes.REAL_TOKEN);
  }

  @Property(tries = 2000)
  void arbitraryTextFailsOnlyWithQueryException(@ForAll("pasteLike") String pasted) {
    assertThat(outcome(pasted)).isIn("ok", "QueryException");
  }

  @Property(tries = 1000)
  void anyStringFailsOnlyWithQueryException(@ForAll String pasted) {
    assertThat(outcome(pasted)).isIn("ok", "QueryException");
  }

  @Property(tries = 3000)
  void mutatedSnippetsFailOnlyWithQueryExceptionAndNeverRepeatTheToken(
      @ForAll("mutatedSnippets") String pasted) {
    try {
      ImportedQuery imported = QueryImport.parse(pasted);
      assertThat(imported.toString()).doesNotContain(Pastes.REAL_TOKEN);
    } catch (QueryException e) {
      assertThat(e.getMessage()).doesNotContain(Pastes.REAL_TOKEN);
    }
  }

  private static String outcome(String pasted) {
    try {
      QueryImport.parse(pasted);
      return "ok";
    } catch (QueryException e) {
      assertThat(e.getMessage()).isNotBlank();
      return "QueryException";
    } catch (RuntimeException | StackOverflowError e) {
      return e.toString();
    }
  }

  private static String quote(String value, boolean doubleQuoted) {
    if (!doubleQuoted) {
      return "'" + value + "'";
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" ", "\n", " \\\n", "\\\n  ", " \\\n  ", "\n\n", "\t", " \\\r\n");
  }

  @Provide
  Arbitrary<String> headers() {
    Arbitrary<String> option = Arbitraries.of("-H", "--header");
    Arbitrary<String> value =
        Arbitraries.of("app-token:", "app-token: ", "App-Token : ")
            .flatMap(
                name ->
                    Arbitraries.of(
                            "<TOTANGO API TOKEN>", "YOUR-TOKEN-HERE", Pastes.REAL_TOKEN, "<t>")
                        .map(token -> name + token));
    return Combinators.combine(option, value).as((o, v) -> o + " '" + v + "'");
  }

  @Provide
  Arbitrary<String> urlQuotes() {
    return Arbitraries.of("", "'", "\"");
  }

  @Provide
  Arbitrary<List<Integer>> orders() {
    return Arbitraries.shuffle(0, 1, 2, 3);
  }

  @Provide
  Arbitrary<String> pasteLike() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "curl ",
            "-d ",
            "--data-urlencode ",
            "-H ",
            "'",
            "\"",
            "\\",
            "\n",
            " ",
            "{",
            "}",
            "[",
            "]",
            ":",
            ",",
            "query=",
            "%7B",
            "%",
            "&",
            "\"terms\"",
            "\"fields\"",
            "\"type\"",
            "\"or\"",
            "\"parent_account\"",
            "\"count\"",
            "1e999",
            "-1",
            "null",
            "app-token:",
            "https://api.totango.com/api/v1/search/users",
            "://",
            "$ ",
            "|",
            "@");
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> mutatedSnippets() {
    String base =
        Pastes.resource("documented-multi-line.txt").replace("YOUR-TOKEN-HERE", Pastes.REAL_TOKEN);
    Arbitrary<Integer> at = Arbitraries.integers().between(0, base.length() - 1);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 12);
    Arbitrary<Character> inserted = Arbitraries.of('\'', '"', '\\', '\n', ' ', '{', '}', ',', '&');
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
    return Combinators.combine(at, length, inserted, kind)
        .as((p, n, c, k) -> mutate(base, p, n, c, k));
  }

  private static String mutate(String base, int at, int length, char inserted, int kind) {
    int end = Math.min(base.length(), at + length);
    return switch (kind) {
      case 0 -> base.substring(0, at) + base.substring(end);
      case 1 -> base.substring(0, at) + inserted + base.substring(at);
      default -> base.substring(0, at);
    };
  }
}
