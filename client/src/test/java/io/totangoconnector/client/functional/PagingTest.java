package io.totangoconnector.client.functional;

import static io.totangoconnector.client.TestQueries.field;
import static io.totangoconnector.client.TestQueries.parent;
import static io.totangoconnector.client.TestQueries.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.totangoconnector.client.Hit;
import io.totangoconnector.client.JsonText;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchStats;
import io.totangoconnector.client.TestQueries;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.ValueKind;
import io.totangoconnector.emulator.AccountRecord;
import io.totangoconnector.emulator.DataView;
import io.totangoconnector.emulator.UserRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagingTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyAccountArrivesExactlyOnce() {
    try (Sandbox sandbox = new Sandbox(2345)) {
      List<Hit> hits = new ArrayList<>();

      SearchStats stats =
          sandbox.client(1000).search(Report.ACCOUNTS, TestQueries.noFields(), hits::addAll, null);

      List<String> expectedIds =
          sandbox.emulator.dataset().accounts().stream().map(AccountRecord::id).toList();
      assertThat(hits).extracting(Hit::id).doesNotHaveDuplicates();
      assertThat(hits).extracting(Hit::id).containsExactlyInAnyOrderElementsOf(expectedIds);
      assertThat(stats.totalHits()).isEqualTo(2345);
      assertThat(stats.rows()).isEqualTo(2345);
      assertThat(stats.pages()).isEqualTo(3);
      assertThat(stats.calls()).isEqualTo(sandbox.emulator.callCount()).isEqualTo(3);
      assertThat(sandbox.emulator.requests())
          .extracting(r -> r.offset() + "+" + r.count())
          .containsExactly("0+1000", "1000+1000", "2000+1000");
    }
  }

  @Test
  void accountValuesAreTypedPerColumn() {
    SearchQuery query =
        TestQueries.of(
            List.of(
                text("health"),
                field("number", "contract_value", ValueKind.NUMBER),
                field("health_trend", null, ValueKind.JSON)));
    try (Sandbox sandbox = new Sandbox(300, b -> b.neverActiveAccounts(20))) {
      List<Hit> hits = new ArrayList<>();

      SearchStats stats = sandbox.client(100).search(Report.ACCOUNTS, query, hits::addAll, null);

      Map<String, AccountRecord> byId =
          byId(sandbox.emulator.dataset().accounts(), AccountRecord::id);
      assertThat(hits).hasSize(300);
      for (Hit hit : hits) {
        AccountRecord account = byId.get(hit.id());
        assertThat(hit.name()).isEqualTo(account.displayName());
        assertThat(hit.lastActivityTime()).isEqualTo(account.lastActivityTime());
        assertThat(hit.values()[0]).isEqualTo(account.health());
        assertThat(hit.values()[1]).isEqualTo(account.contractValue());
        assertThat(trendHealth(hit.values()[2])).isEqualTo(account.health());
      }
      assertThat(hits).filteredOn(h -> h.lastActivityTime() == null).hasSize(20);
      assertThat(stats.decodeMismatches()).isZero();
    }
  }

  @Test
  void usersCarryTheirAccountAndParentFieldsInPlace() throws Exception {
    ObjectNode json =
        (ObjectNode)
            MAPPER.readTree(
                """
                {"terms":[],"fields":[{"type":"string","term":"identifier"},
                  {"type":"string_attribute","attribute":"Role"}],
                 "parent_account_fields":[{"type":"string","term":"identifier"},
                  {"type":"string","term":"health","index":0}]}
                """);
    SearchQuery query =
        new SearchQuery(
            json,
            List.of(
                text("identifier"),
                field("string_attribute", "Role", ValueKind.TEXT),
                parent("string", "identifier", ValueKind.TEXT),
                parent("string", "health", ValueKind.TEXT)));
    try (Sandbox sandbox = new Sandbox(40, b -> b.users(450).neverActiveUsers(15))) {
      List<Hit> hits = new ArrayList<>();

      sandbox.client(200).search(Report.USERS, query, hits::addAll, null);

      DataView data = sandbox.emulator.dataset();
      Map<String, UserRecord> byId = byId(data.users(), UserRecord::id);
      assertThat(hits).hasSize(450);
      for (Hit hit : hits) {
        UserRecord user = byId.get(hit.id());
        AccountRecord account = data.accountOf(user);
        assertThat(hit.accountId()).isEqualTo(account.id());
        assertThat(hit.accountName()).isEqualTo(account.displayName());
        assertThat(hit.firstActivityTime()).isEqualTo(user.firstActivityTime());
        assertThat(hit.lastActivityTime()).isEqualTo(user.lastActivityTime());
        assertThat(hit.values())
            .containsExactly(
                user.id(), user.attributes().get("Role"), account.id(), account.health());
      }
      assertThat(hits).filteredOn(h -> h.lastActivityTime() == null).hasSize(15);
    }
  }

  private static String trendHealth(Object value) {
    try {
      JsonNode trend = MAPPER.readTree(((JsonText) value).json());
      return trend.path("health").asText();
    } catch (Exception e) {
      throw new AssertionError("health_trend is not JSON: " + value, e);
    }
  }

  private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
    return records.stream().collect(Collectors.toMap(id, r -> r));
  }
}
