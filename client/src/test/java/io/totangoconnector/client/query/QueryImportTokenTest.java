package io.totangoconnector.client.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryImportTokenTest {
  private static final String TOKEN = Pastes.REAL_TOKEN;
  private static final String URL = "'https://api.totango.com/api/v1/search/accounts'";

  private static String snippetWithToken(String token) {
    return Pastes.resource("documented-multi-line.txt").replace("YOUR-TOKEN-HERE", token);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<TOTANGO API TOKEN>",
        "YOUR-TOKEN-HERE",
        "<your token>",
        "MY_TOKEN",
        "$TOTANGO_APP_TOKEN",
        "${APP_TOKEN_VAR}",
        ""
      })
  void placeholderIsDroppedSilently(String placeholder) {
    ImportedQuery imported = QueryImport.parse(snippetWithToken(placeholder));

    assertThat(imported.tokenIgnored()).isFalse();
    assertThat(imported.warnings()).isEmpty();
  }

  @Test
  void realTokenIsIgnoredAndNeverRepeated() {
    ImportedQuery imported = QueryImport.parse(snippetWithToken(TOKEN));

    assertThat(imported.tokenIgnored()).isTrue();
    assertThat(imported.warnings())
        .containsExactly(
            "The app token in the pasted snippet was ignored: credentials are never taken from a"
                + " query; set TOTANGO_APP_TOKEN or use --token-file.");
    assertThat(imported.toString()).doesNotContain(TOKEN);
    assertThat(String.join("\n", imported.warnings())).doesNotContain(TOKEN);
    assertThat(imported.query().json()).isEqualTo(Pastes.json(Pastes.DOC_JSON));
  }

  @Test
  void realTokenInDoubleQuotesIsIgnored() {
    ImportedQuery imported =
        QueryImport.parse(
            "curl -d 'query={\"terms\":[],\"fields\":[]}' -H \"app-token:"
                + TOKEN.replace("$", "\\$")
                + "\" "
                + URL);

    assertThat(imported.tokenIgnored()).isTrue();
    assertThat(imported.toString()).doesNotContain(TOKEN);
  }

  @Test
  void brokenSnippetsNeverRepeatTheToken() {
    List<String> broken =
        List.of(
            // an unclosed quote
            "curl -d 'query={\"terms\":[],\"fields\":[]} -H 'app-token: " + TOKEN + "' " + URL,
            // a syntax error
            snippetWithToken(TOKEN).replace("\"count\":1000,", "\"count\":1000,,"),
            // quoting that moves the header into a JSON value that is echoed
            "curl -d 'query={\"terms\":[],\"fields\":[],\"sort_order\":\" -H app-token:"
                + TOKEN
                + "\"}' "
                + URL,
            // quoting that moves the header into the JSON as a bare word
            "curl -d 'query={\"terms\":[],\"fields\":[], -H app-token:" + TOKEN + "}' " + URL,
            // a token with no quotes at all, left as a stray word
            "curl -d 'query={}' -G app-token:" + TOKEN + " " + URL,
            // a bad URL after a real token
            "curl -d 'query={}' -H 'app-token: " + TOKEN + "' https://api.totango.com/x");
    for (String pasted : broken) {
      QueryException e =
          catchThrowableOfType(QueryException.class, () -> QueryImport.parse(pasted));
      assertThat(e).as(pasted).isNotNull();
      assertThat(e.getMessage()).as(pasted).doesNotContain(TOKEN).doesNotContain("Qm7x");
      assertThat(e.where()).doesNotContain(TOKEN);
    }
  }

  @Test
  void echoedValueShowsRedactionInstead() {
    String pasted =
        "curl -d 'query={\"terms\":[],\"fields\":[],\"sort_order\":\"app-token: "
            + TOKEN
            + "\"}' "
            + URL;

    QueryException e = catchThrowableOfType(QueryException.class, () -> QueryImport.parse(pasted));

    assertThat(e)
        .hasMessage(
            "\"sort_order\" must be \"ASC\" or \"DESC\", not \"app-token: <redacted>\" (at"
                + " sort_order)");
  }
}
