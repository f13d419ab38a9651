package io.totangoconnector.client.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.totangoconnector.client.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryValidationTest {

  private static void assertRefused(String json, String message, String where) {
    assertThatThrownBy(() -> QueryImport.parse(json))
        .isInstanceOfSatisfying(
            QueryException.class,
            e -> {
              assertThat(e).hasMessage(message + " (at " + where + ")");
              assertThat(e.where()).isEqualTo(where);
            });
  }

  @Test
  void syntaxErrorGivesLineAndColumnFromTheBrace() {
    String json = "{\n\"terms\":[],\n\"fields\":[{\"type\"}]\n}";

    assertRefused(
        json,
        "The query is not valid JSON: Unexpected character ('}'): was expecting a colon to"
            + " separate field name and value",
        "line 3, column 18");
  }

  @Test
  void syntaxErrorInSnippetCountsFromTheBraceLine() {
    String snippet =
        "curl --data 'query= {\n\"terms\":[],\n\"fields\":[,]\n}' https://api.totango.com/api/v1/search/accounts";

    assertThatThrownBy(() -> QueryImport.parse(snippet))
        .isInstanceOf(QueryException.class)
        .hasMessage(
            "The query is not valid JSON: Unexpected character (','): expected a valid value (JSON"
                + " String, Number, Array, Object or token 'null', 'true' or 'false') (at line 3,"
                + " column 11)");
  }

  @Test
  void unclosedQueryNamesWhereItOpened() {
    assertRefused(
        "{\"terms\":[],\n\"fields\":[]",
        "The query is not valid JSON: Unexpected end-of-input: expected close marker for Object"
            + " (start marker at line 1, column 1)",
        "line 2, column 12");
  }

  @Test
  void unknownWordIsNotEchoed() {
    assertRefused(
        "{\"terms\": secretish}",
        "The query is not valid JSON: Unrecognized word: was expecting (JSON String, Number, Array,"
            + " Object or token 'null', 'true' or 'false')",
        "line 1, column 20");
  }

  @Test
  void duplicateKeyIsRefused() {
    assertRefused(
        "{\"terms\":[],\"fields\":[],\"fields\":[]}",
        "The query is not valid JSON: Duplicate field 'fields'",
        "line 1, column 33");
  }

  @Test
  void textAfterTheQueryIsRefused() {
    assertRefused(
        "{\"terms\":[],\"fields\":[]}\n  --header x",
        "The query has more text after its closing brace; paste one JSON object",
        "line 2, column 3");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[]|The query must be a JSON object in braces, not an array|line 1, column 1",
        "{\"terms\":{},\"fields\":[]}|\"terms\" must be an array, not an object|terms",
        "{\"terms\":[],\"fields\":\"x\"}|\"fields\" must be an array, not a string|fields",
        "{\"terms\":[],\"fields\":null}|\"fields\" must be an array, not null|fields",
        "{\"terms\":[],\"fields\":[{\"type\":\"string\"},{\"type\":\"string\"},{\"type\":\"string\"},7]}"
            + "|Each field must be an object, not a number|fields[3]",
        "{\"terms\":[],\"fields\":[{},{},{},{\"term\":\"health\"}]}|The field has no \"type\"|fields[0].type",
        "{\"terms\":[],\"fields\":[{\"type\":\"string\"},{\"type\":\"string\"},{\"type\":\"string\"},"
            + "{\"term\":\"health\"}]}|The field has no \"type\"|fields[3].type",
        "{\"terms\":[{\"type\":\"string\",\"term\":\"a\",\"in_list\":[]},{\"term\":\"x\"}],\"fields\":[]}"
            + "|The term has no \"type\"|terms[1].type",
        "{\"terms\":[{\"type\":3}],\"fields\":[]}|\"type\" must be a string, not a number|terms[0].type",
        "{\"terms\":[{\"type\":\"or\",\"or\":[{\"type\":\"owner\",\"is_one_of\":[]},"
            + "{\"type\":\"owner\",\"is_one_of\":[]},{\"is_one_of\":[]}]}],\"fields\":[]}"
            + "|The term has no \"type\"|terms[0].or[2].type",
        "{\"terms\":[{\"type\":\"or\",\"or\":{}}],\"fields\":[]}|\"or\" must be an array, not an object"
            + "|terms[0].or",
        "{\"terms\":[{\"type\":\"parent_account\",\"terms\":[\"x\"]}],\"fields\":[]}"
            + "|Each term must be an object, not a string|terms[0].terms[0]",
        "{\"terms\":[],\"fields\":[{\"type\":\"string\",\"field_display_name\":[]}]}"
            + "|\"field_display_name\" must be a string, not an array|fields[0].field_display_name",
        "{\"terms\":[],\"fields\":[{\"type\":\"number_attribute\",\"attribute\":1}]}"
            + "|\"attribute\" must be a string, not a number|fields[0].attribute",
        "{\"terms\":[],\"fields\":[],\"count\":\"100\"}|\"count\" must be a number, not a string|count",
        "{\"terms\":[],\"fields\":[],\"count\":10.5}|\"count\" must be a whole number, not 10.5|count",
        "{\"terms\":[],\"fields\":[],\"count\":0}|\"count\" must be from 1 to 1000, not 0|count",
        "{\"terms\":[],\"fields\":[],\"offset\":true}|\"offset\" must be a number, not a boolean|offset",
        "{\"terms\":[],\"fields\":[],\"offset\":-1}|\"offset\" must be 0 or more, not -1|offset",
        "{\"terms\":[],\"fields\":[],\"sort_order\":\"asc\"}|\"sort_order\" must be \"ASC\" or \"DESC\","
            + " not \"asc\"|sort_order",
        "{\"terms\":[],\"fields\":[],\"sort_by\":1}|\"sort_by\" must be a string, not a number|sort_by",
        "{\"terms\":[],\"fields\":[],\"parent_account_fields\":{}}"
            + "|\"parent_account_fields\" must be an array, not an object|parent_account_fields",
        "{\"terms\":[],\"fields\":[{\"type\":\"string\"}],\"parent_account_fields\":[{\"type\":\"string\","
            + "\"index\":2}]}|\"index\" must be from 0 to 1 (the columns), not 2"
            + "|parent_account_fields[0].index",
        "{\"terms\":[],\"fields\":[{\"type\":\"string\"}],\"parent_account_fields\":[{\"type\":\"string\","
            + "\"index\":0},{\"type\":\"string\",\"index\":0}]}|\"index\" 0 is given to two parent fields"
            + "|parent_account_fields[1].index",
      })
  void wrongShapesNameThePlace(String json, String message, String where) {
    assertRefused(json, message, where);
  }

  @Test
  void parentAccountFieldsOnAccountsSnippetNamesTheKey() {
    String snippet =
        "curl -d 'query={\"terms\":[],\"fields\":[],\"parent_account_fields\":[]}'"
            + " https://api.totango.com/api/v1/search/accounts";

    assertThatThrownBy(() -> QueryImport.parse(snippet))
        .isInstanceOf(QueryException.class)
        .hasMessage(
            "\"parent_account_fields\" is for users searches only, and this query is for accounts"
                + " (at parent_account_fields)");
  }

  @Test
  void parentAccountTermOnKnownAccountsReportNamesTheTerm() {
    String json =
        "{\"terms\":[{\"type\":\"or\",\"or\":[{\"type\":\"parent_account\",\"terms\":[]}]}],\"fields\":[]}";

    assertThatThrownBy(() -> QueryImport.parse(json, Report.ACCOUNTS))
        .isInstanceOf(QueryException.class)
        .hasMessage(
            "A \"parent_account\" term is for users searches only, and this query is for accounts"
                + " (at terms[0].or[0])");
  }

  @Test
  void snippetReportWinsOverTheKnownOne() {
    String snippet =
        "curl -d 'query={\"terms\":[{\"type\":\"parent_account\",\"terms\":[]}],\"fields\":[]}'"
            + " https://api.totango.com/api/v1/search/users";

    ImportedQuery imported = QueryImport.parse(snippet, Report.ACCOUNTS);

    assertThat(imported.report()).contains(Report.USERS);
  }

  @Test
  void usersQueryColumnsAreFieldsThenParentFields() {
    String json =
        """
        {"terms":[{"type":"parent_account","terms":[{"type":"string","term":"health","in_list":["red"]}]}],
         "fields":[{"type":"date","term":"last_activity_time"},{"type":"named_aggregation","aggregation":"activity_days","duration":30}],
         "parent_account_fields":[{"type":"string","term":"status","field_display_name":"Status","index":0},
                                  {"type":"owner","account_role":"CSM"}]}""";

    ImportedQuery imported = QueryImport.parse(json, Report.USERS);

    assertThat(imported.query().columns())
        .containsExactly(
            new FieldSpec("date", "last_activity_time", null, ValueKind.EPOCH_MILLIS, false),
            new FieldSpec("named_aggregation", "activity_days", null, ValueKind.INTEGER, false),
            new FieldSpec("string", "status", "Status", ValueKind.TEXT, true),
            new FieldSpec("owner", null, null, ValueKind.JSON, true));
    assertThat(imported.warnings()).isEmpty();
  }

  @Test
  void unknownTypesPassWithWarnings() {
    String json =
        """
        {"terms":[{"type":"string","term":"health"},{"type":"fancy_term","x":1}],
         "fields":[{"type":"string","term":"health"},{"type":"number","term":"score"},{"type":"foo_bar","term":"z"}],
         "colour":"blue"}""";

    ImportedQuery imported = QueryImport.parse(json);

    assertThat(imported.warnings())
        .containsExactly(
            "The query key \"colour\" is not one we know; it is sent as given",
            "terms[0] (\"string\") has none of the operators we know (contains, in_list); the term"
                + " is sent as given",
            "terms[1].type \"fancy_term\" is not one we know; the term is sent as given",
            "fields[2].type \"foo_bar\" is not one we know; its values are stored as text");
    assertThat(imported.query().columns().get(2))
        .isEqualTo(new FieldSpec("foo_bar", "z", null, ValueKind.TEXT, false));
    assertThat(imported.query().json().get("colour").textValue()).isEqualTo("blue");
  }

  @Test
  void countOverTheMaximumIsLowered() {
    ImportedQuery imported = QueryImport.parse("{\"terms\":[],\"fields\":[],\"count\":5000}");

    assertThat(imported.query().json().get("count").intValue()).isEqualTo(1000);
    assertThat(imported.warnings())
        .containsExactly("count 5000 is over Totango's maximum of 1000; it is lowered to 1000");
  }

  @Test
  void nonZeroOffsetIsIgnoredWithAWarning() {
    ImportedQuery imported =
        QueryImport.parse("{\"terms\":[],\"fields\":[],\"offset\":200,\"count\":50}");

    assertThat(imported.warnings())
        .containsExactly(
            "offset 200 in the pasted query is ignored: a sync reads the whole segment");
    assertThat(imported.query().toRequestJson(1000, 250))
        .isEqualTo("{\"terms\":[],\"fields\":[],\"offset\":1000,\"count\":250}");
  }

  @Test
  void missingTermsAndFieldsAreReadAsEmpty() {
    ImportedQuery imported = QueryImport.parse("{\"scope\":\"all\"}");

    assertThat(imported.query().json())
        .isEqualTo(Pastes.json("{\"scope\":\"all\",\"terms\":[],\"fields\":[]}"));
    assertThat(imported.warnings())
        .containsExactly(
            "The query has no \"terms\"; it is read as [] (every record matches)",
            "The query has no \"fields\"; it is read as [] (only the fixed columns are read)");
  }

  @Test
  void extraItemKeysAreKept() {
    String json =
        """
        {"terms":[{"type":"string","term":"health","in_list":["red"],"query_term_id":"t1","direct":true}],
         "fields":[{"type":"number_metric","metric":"logins","source":"app","desc":true}],
         "sort_order":"DESC","sort_by":"logins","scope":"all"}""";

    ImportedQuery imported = QueryImport.parse(json);

    assertThat(imported.query().json()).isEqualTo(Pastes.json(json));
    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.query().columns())
        .containsExactly(new FieldSpec("number_metric", "logins", null, ValueKind.NUMBER, false));
  }

  @Test
  void deepNestingIsRefusedAsJson() {
    String json = "{\"terms\":" + "[".repeat(5000);

    assertThatThrownBy(() -> QueryImport.parse(json))
        .isInstanceOf(QueryException.class)
        .hasMessage(
            "The query is not valid JSON: Document nesting depth (1001) exceeds the maximum"
                + " allowed (1000)");
  }

  @Test
  void lineBreakInsideAStringIsNamed() {
    assertRefused(
        "{\"terms\":[],\"fields\":[{\"type\":\"string\",\"term\":\"a\nb\"}]}",
        "The query is not valid JSON: Illegal unquoted character (a line break): has to be escaped"
            + " using backslash to be included in string value",
        "line 1, column 49");
  }

  @Test
  void hugeCountIsNotAWholeNumber() {
    assertRefused(
        "{\"terms\":[],\"fields\":[],\"count\":1e999}",
        "\"count\" must be a whole number, not Infinity",
        "count");
  }
}
