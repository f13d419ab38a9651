package io.totangoconnector.client;

import static io.totangoconnector.client.TestQueries.field;
import static io.totangoconnector.client.TestQueries.parent;
import static io.totangoconnector.client.TestQueries.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.ValueKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
  private static final SearchQuery ACCOUNT_QUERY =
      TestQueries.of(
          List.of(
              text("health"),
              field("health_trend", null, ValueKind.JSON),
              field("number", "contract_value", ValueKind.NUMBER),
              field("date_attribute", "Renewal", ValueKind.EPOCH_MILLIS),
              field("simple_date_attribute", "Start", ValueKind.ISO_DATE)));

  private static Page decode(Report report, SearchQuery query, String body) throws IOException {
    return new PageDecoder(report, query)
        .decode(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void accountHitHasItsAttributesAndTypedValues() throws IOException {
    String body =
        """
        {"response":{"accounts":{"total_hits":2,"hits":[
          {"name":"acme-001","display_name":"Acme Corp","last_activity_time":1425491350000,
           "selected_fields":["green",
             {"health":"green","health_prev":"yellow","change_date":1423638000000},
             36609.0, 1434610800000, "2024-03-01"]}]}},
         "service_id":"899","status":"success","took":13}
        """;

    Page page = decode(Report.ACCOUNTS, ACCOUNT_QUERY, body);

    assertThat(page.totalHits()).isEqualTo(2);
    Hit hit = page.hits().get(0);
    assertThat(hit.id()).isEqualTo("acme-001");
    assertThat(hit.name()).isEqualTo("Acme Corp");
    assertThat(hit.lastActivityTime()).isEqualTo(1_425_491_350_000L);
    assertThat(hit.firstActivityTime()).isNull();
    assertThat(hit.values())
        .containsExactly(
            "green",
            new JsonText(
                "{\"health\":\"green\",\"health_prev\":\"yellow\",\"change_date\":1423638000000}"),
            36609.0,
            1_434_610_800_000L,
            LocalDate.of(2024, 3, 1));
    assertThat(page.decodeMismatches()).isZero();
  }

  @Test
  void aValueRepeatedAcrossHitsIsHeldOnceInThePage() throws IOException {
    String trend = "{\"health\":\"red\",\"health_prev\":\"red\"}";
    String hit = "{\"name\":\"a%d\",\"selected_fields\":[\"green\",%s,1.0,null,null]}";
    String body =
        "{\"status\":\"success\",\"response\":{\"accounts\":{\"total_hits\":2,\"hits\":["
            + String.format(hit, 1, trend)
            + ","
            + String.format(hit, 2, trend.replace(",", " ,\n "))
            + "]}}}";

    List<Hit> hits = decode(Report.ACCOUNTS, ACCOUNT_QUERY, body).hits();

    Object[] first = hits.get(0).values();
    Object[] second = hits.get(1).values();
    assertThat(second[0]).isEqualTo("green").isSameAs(first[0]);
    assertThat(second[1]).isEqualTo(new JsonText(trend));
    assertThat(((JsonText) second[1]).json()).isSameAs(((JsonText) first[1]).json());
    assertThat(hits.get(1).id()).isEqualTo("a2");
  }

  @Test
  void statusMayPrecedeTheResponseAndUnknownKeysAreIgnored() throws IOException {
    String body =
        """
        {"status":"success","extra":{"deep":[1,{"x":2}]},
         "response":{"other":[1,2],"accounts":{"hits":[
           {"odd":{"a":[1]},"name":"a1","selected_fields":["red",null,null,null,null],"more":1}],
           "total_hits":1}}}
        """;

    Page page = decode(Report.ACCOUNTS, ACCOUNT_QUERY, body);

    assertThat(page.hits()).hasSize(1);
    assertThat(page.hits().get(0).id()).isEqualTo("a1");
    assertThat(page.hits().get(0).values()).containsExactly("red", null, null, null, null);
  }

  @Test
  void neverActiveTimesBecomeNull() throws IOException {
    String body =
        """
        {"response":{"users":{"total_hits":3,"hits":[
          {"name":"a@x","first_activity_time":0,"last_activity_time":0},
          {"name":"b@x","first_activity_time":null,"last_activity_time":null},
          {"name":"c@x"}]}},"status":"success"}
        """;

    Page page = decode(Report.USERS, TestQueries.noFields(), body);

    assertThat(page.hits())
        .extracting(Hit::firstActivityTime, Hit::lastActivityTime)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(null, null));
    assertThat(page.decodeMismatches()).isZero();
  }

  @Test
  void userHitCarriesItsAccountAndParentFieldsByIndex() throws IOException {
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.putArray("terms");
    json.putArray("fields").addObject().put("type", "string").put("term", "health");
    json.putArray("parent_account_fields")
        .add(new ObjectMapper().createObjectNode().put("type", "string").put("term", "status"))
        .add(
            new ObjectMapper()
                .createObjectNode()
                .put("type", "number")
                .put("term", "score")
                .put("index", 1));
    SearchQuery query =
        new SearchQuery(
            json,
            List.of(
                text("health"),
                parent("string", "status", ValueKind.TEXT),
                parent("number", "score", ValueKind.INTEGER)));
    String body =
        """
        {"response":{"users":{"total_hits":1,"hits":[
          {"name":"jane@acme.com","display_name":"Jane","first_activity_time":1400000000000,
           "last_activity_time":1425491350000,
           "account":{"name":"acme-001","display_name":"Acme Corp","extra":true},
           "selected_fields":["green", 87, "Paying"]}]}},"status":"success"}
        """;

    Hit hit = decode(Report.USERS, query, body).hits().get(0);

    assertThat(hit)
        .extracting(
            Hit::id,
            Hit::name,
            Hit::firstActivityTime,
            Hit::lastActivityTime,
            Hit::accountId,
            Hit::accountName)
        .containsExactly(
            "jane@acme.com",
            "Jane",
            1_400_000_000_000L,
            1_425_491_350_000L,
            "acme-001",
            "Acme Corp");
    assertThat(hit.values()).containsExactly("green", "Paying", 87L);
  }

  @Test
  void valuesThatDoNotFitTheirKindBecomeNullAndAreCounted() throws IOException {
    String body =
        """
        {"response":{"accounts":{"total_hits":1,"hits":[
          {"name":"a1","selected_fields":[12, "not json?", "lots", 1.5, "March"]}]}},
         "status":"success"}
        """;

    Page page = decode(Report.ACCOUNTS, ACCOUNT_QUERY, body);

    assertThat(page.hits().get(0).values())
        .containsExactly("12", new JsonText("\"not json?\""), null, null, null);
    assertThat(page.decodeMismatches()).isEqualTo(3);
  }

  @Test
  void serverErrorStatusIsABadReply() {
    String body = "{\"response\":{\"accounts\":null},\"status\":\"Server error\"}";

    assertThatThrownBy(() -> decode(Report.ACCOUNTS, ACCOUNT_QUERY, body))
        .isInstanceOf(BadReplyException.class)
        .hasMessage("status \"Server error\"");
  }

  @Test
  void failedStatusQuotesItsError() {
    String body = "{\"status\":\"failed\",\"_error\":\"Search backend\\nunavailable\"}";

    assertThatThrownBy(() -> decode(Report.ACCOUNTS, ACCOUNT_QUERY, body))
        .isInstanceOf(BadReplyException.class)
        .hasMessage("status \"failed\" (Search backend unavailable)");
  }

  @Test
  void missingResultsIsABadReply() {
    assertThatThrownBy(() -> decode(Report.USERS, ACCOUNT_QUERY, "{\"status\":\"success\"}"))
        .isInstanceOf(BadReplyException.class)
        .hasMessage("a reply without response.users");
    String noTotal = "{\"response\":{\"users\":{\"hits\":[]}},\"status\":\"success\"}";
    assertThatThrownBy(() -> decode(Report.USERS, ACCOUNT_QUERY, noTotal))
        .isInstanceOf(BadReplyException.class)
        .hasMessage("a reply without response.users.total_hits");
  }

  @Test
  void truncatedJsonEndsEarly() {
    String body = "{\"response\":{\"accounts\":{\"total_hits\":2,\"hits\":[{\"name\":\"a";

    assertThatThrownBy(() -> decode(Report.ACCOUNTS, ACCOUNT_QUERY, body))
        .isInstanceOf(JsonEOFException.class);
  }

  @Test
  void htmlIsNotJson() {
    assertThatThrownBy(() -> decode(Report.ACCOUNTS, ACCOUNT_QUERY, "<html>Bad gateway</html>"))
        .isInstanceOf(JsonParseException.class);
  }
}
