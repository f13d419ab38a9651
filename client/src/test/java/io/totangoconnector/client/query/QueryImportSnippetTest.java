package io.totangoconnector.client.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.totangoconnector.client.Report;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryImportSnippetTest {
  private static final String DOC_ONE_LINE = Pastes.docJsonOneLine();

  @Test
  void documentedMultiLineSnippetImports() {
    ImportedQuery imported = QueryImport.parse(Pastes.resource("documented-multi-line.txt"));

    assertThat(imported.report()).contains(Report.ACCOUNTS);
    assertThat(imported.baseUrl()).contains(URI.create("https://api.totango.com"));
    assertThat(imported.query().json()).isEqualTo(Pastes.json(Pastes.DOC_JSON));
    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.tokenIgnored()).isFalse();
    assertThat(imported.query().columns())
        .containsExactly(
            new FieldSpec("string", "health", "Health rank ", ValueKind.TEXT, false),
            new FieldSpec("health_trend", null, "Health last change ", ValueKind.JSON, false),
            new FieldSpec(
                "string_attribute", "Success Manager", "Success Manager", ValueKind.TEXT, false));
  }

  @Test
  void generatedOneLineSnippetAsPrintedHasElidedArrays() {
    // The contract prints "[...]" where the UI puts the real terms and fields.
    assertThatThrownBy(() -> QueryImport.parse(Pastes.resource("generated-one-line.txt")))
        .isInstanceOf(QueryException.class)
        .hasMessage(
            "The query is not valid JSON: Unexpected character ('.'): expected a valid value (JSON"
                + " String, Number, Array, Object or token 'null', 'true' or 'false') (at line 1,"
                + " column 11)");
  }

  @Test
  void generatedOneLineSnippetFilledInImports() {
    String snippet =
        Pastes.resource("generated-one-line.txt")
            .replace(
                "\"terms\":[...]",
                "\"terms\":[{\"type\":\"string\",\"term\":\"health\",\"in_list\":[\"red\"]}]")
            .replace("\"fields\":[...]", "\"fields\":[{\"type\":\"number\",\"term\":\"score\"}]");

    ImportedQuery imported = QueryImport.parse(snippet);

    assertThat(imported.report()).contains(Report.ACCOUNTS);
    assertThat(imported.baseUrl()).contains(URI.create("https://api-eu1.totango.com"));
    assertThat(imported.query().json())
        .isEqualTo(
            Pastes.json(
                "{\"terms\":[{\"type\":\"string\",\"term\":\"health\",\"in_list\":[\"red\"]}],"
                    + "\"count\":1000,\"offset\":0,"
                    + "\"fields\":[{\"type\":\"number\",\"term\":\"score\"}],\"scope\":\"all\"}"));
    assertThat(imported.query().columns())
        .containsExactly(new FieldSpec("number", "score", null, ValueKind.NUMBER, false));
  }

  @ParameterizedTest
  @CsvSource({
    "https://api.totango.com/api/v1/search/accounts, ACCOUNTS, https://api.totango.com",
    "https://api-eu1.totango.com/api/v1/search/users, USERS, https://api-eu1.totango.com",
    "https://app.totango.com/api/v1/search/accounts/, ACCOUNTS, https://app.totango.com",
    "http://127.0.0.1:8089/api/v1/search/users, USERS, http://127.0.0.1:8089",
    "https://proxy.example:8443/totango/api/v1/search/accounts?x=1, ACCOUNTS,"
        + " https://proxy.example:8443/totango",
    "api.totango.com/api/v1/search/users, USERS, https://api.totango.com",
    "localhost:8089/api/v1/search/accounts, ACCOUNTS, http://localhost:8089",
    "https://user:pw@api.totango.com/api/v1/search/accounts, ACCOUNTS, https://api.totango.com"
  })
  void urlGivesReportAndBaseUrl(String url, Report report, String base) {
    ImportedQuery imported =
        QueryImport.parse("curl -d 'query={\"terms\":[],\"fields\":[]}' " + url);

    assertThat(imported.report()).contains(report);
    assertThat(imported.baseUrl()).contains(URI.create(base));
  }

  @Test
  void urlEncodedDataIsDecoded() {
    String encoded = URLEncoder.encode(" " + DOC_ONE_LINE, StandardCharsets.UTF_8);

    ImportedQuery imported =
        QueryImport.parse(
            "curl --data 'query="
                + encoded
                + "&team_id=-1' https://api.totango.com/api/v1/search/accounts");

    assertThat(imported.query().json()).isEqualTo(Pastes.json(Pastes.DOC_JSON));
  }

  @Test
  void rawDataKeepsPlusAndPercentAndAmpersand() {
    String query =
        "{\"terms\":[{\"type\":\"string_attribute\",\"attribute\":\"R&D\",\"in_list\":[\"C++ 100%25\"]}],\"fields\":[]}";

    ImportedQuery imported = QueryImport.parse("curl -d 'query=" + query + "&team_id=-1'");

    assertThat(imported.query().json()).isEqualTo(Pastes.json(query));
  }

  @Test
  void dataUrlencodeValueIsLiteral() {
    String query =
        "{\"terms\":[],\"fields\":[{\"type\":\"string_attribute\",\"attribute\":\"a%20b\"}]}";

    ImportedQuery imported =
        QueryImport.parse(
            "curl --location 'http://127.0.0.1:8089/api/v1/search/accounts' \\\n"
                + "--header 'app-token: <TOTANGO API TOKEN>' \\\n"
                + "--data-urlencode 'query="
                + query
                + "'");

    assertThat(imported.query().columns().get(0).key()).isEqualTo("a%20b");
  }

  @Test
  void otherFormPairsAsSeparateDataAreIgnored() {
    ImportedQuery imported =
        QueryImport.parse(
            "curl -X POST -d team_id=-1 -d 'query= "
                + DOC_ONE_LINE
                + "' -H 'Content-Type: application/x-www-form-urlencoded'"
                + " https://api.totango.com/api/v1/search/accounts");

    assertThat(imported.query().json()).isEqualTo(Pastes.json(Pastes.DOC_JSON));
  }

  @Test
  void doubleQuotedDataWithEscapes() {
    String escaped = DOC_ONE_LINE.replace("\"", "\\\"");

    ImportedQuery imported =
        QueryImport.parse(
            "curl \"https://api.totango.com/api/v1/search/accounts\" --data \"query="
                + escaped
                + "\" -H \"app-token: YOUR-TOKEN-HERE\"");

    assertThat(imported.query().json()).isEqualTo(Pastes.json(Pastes.DOC_JSON));
  }

  @Test
  void jsonBodyWithQueryStringIsUnwrapped() {
    String body = Pastes.json("{}").put("query", DOC_ONE_LINE).toString();

    ImportedQuery imported =
        QueryImport.parse("curl -H 'Content-Type: application/json' -d '" + body + "'");

    assertThat(imported.query().json()).isEqualTo(Pastes.json(Pastes.DOC_JSON));
    assertThat(imported.report()).isEmpty();
    assertThat(imported.baseUrl()).isEmpty();
  }

  @Test
  void attachedShortOptionValues() {
    ImportedQuery imported =
        QueryImport.parse(
            "$ curl -sS -XPOST -H'app-token: <x>' -d'query="
                + DOC_ONE_LINE
                + "' --url http://localhost:8089/api/v1/search/users | jq .");

    assertThat(imported.report()).contains(Report.USERS);
    assertThat(imported.query().json()).isEqualTo(Pastes.json(Pastes.DOC_JSON));
  }

  @Test
  void bareJsonAndFormTextHaveNoEndpoint() {
    for (String pasted :
        List.of(
            DOC_ONE_LINE,
            "\n\n  " + Pastes.DOC_JSON,
            "query=" + Pastes.DOC_JSON,
            "query= " + DOC_ONE_LINE + "&team_id=-1",
            "query=" + URLEncoder.encode(DOC_ONE_LINE, StandardCharsets.UTF_8))) {
      ImportedQuery imported = QueryImport.parse(pasted);
      assertThat(imported.query().json()).as(pasted).isEqualTo(Pastes.json(Pastes.DOC_JSON));
      assertThat(imported.report()).isEqualTo(Optional.empty());
      assertThat(imported.baseUrl()).isEqualTo(Optional.empty());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "curl -d 'query={}|The curl command has a ' quote that is never closed (at line 1, column 9)",
        "curl https://api.totango.com/api/v1/search/accounts|The curl command has no --data with the"
            + " query; paste the whole command Totango generated, or just the query JSON",
        "curl -d team_id=-1 https://api.totango.com/api/v1/search/accounts|The curl command's data"
            + " has no query=... field",
        "curl -d query={} -d query={}|The curl command sends more than one query; keep one --data"
            + " 'query=...'",
        "curl -d @query.txt|The curl command reads its data from a file; paste the query JSON itself",
        "curl -d query={} https://api.totango.com/api/v2/events/search|The snippet's URL is not an"
            + " accounts or users search: its path is \"/api/v2/events/search\", expected one ending"
            + " in /api/v1/search/accounts or /api/v1/search/users",
        "curl -d query={} ftp://api.totango.com/api/v1/search/users|The snippet's URL must be an http"
            + " or https URL with a host",
        "curl -d query={} stray https://api.totango.com/api/v1/search/users|The curl command has a"
            + " word that is neither an option nor the search URL (word 4); check its quotes",
        "curl -d|The curl option -d has no value",
        "hello|The pasted text is not a query: expected the query JSON (starting with {),"
            + " query=<json>, or a curl command",
        "query=%7B%ZZ|The query looks URL-encoded but has a broken %-escape; paste it as it is or"
            + " encode it again",
      })
  void brokenSnippetsSayWhat(String pasted, String message) {
    assertThatThrownBy(() -> QueryImport.parse(pasted))
        .isInstanceOf(QueryException.class)
        .hasMessage(message);
  }

  @Test
  void blankPasteSaysNothingWasPasted() {
    assertThatThrownBy(() -> QueryImport.parse(" \n"))
        .isInstanceOf(QueryException.class)
        .hasMessage(
            "Nothing was pasted: give the query JSON, query=<json>, or the curl command Totango"
                + " generated");
  }
}
