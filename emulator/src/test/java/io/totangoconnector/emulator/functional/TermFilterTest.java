package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.emulator.AccountRecord;
import io.totangoconnector.emulator.DataView;
import io.totangoconnector.emulator.UserRecord;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Each term type against a count computed here from the data view, not by the emulator. */
class TermFilterTest {
  private final Api api = new Api(SharedEmulator.get());
  private final DataView data = SharedEmulator.data();

  private long accounts(Predicate<AccountRecord> p) {
    return data.accounts().stream().filter(p).count();
  }

  private long users(Predicate<UserRecord> p) {
    return data.users().stream().filter(p).count();
  }

  private void assertAccounts(String term, Predicate<AccountRecord> expected) {
    long count = accounts(expected);
    assertThat(count).as("a test needs some but not all records to match").isBetween(1L, 2499L);
    assertThat(api.totalHits("accounts", "[" + term + "]")).as(term).isEqualTo(count);
  }

  private void assertUsers(String term, Predicate<UserRecord> expected) {
    long count = users(expected);
    assertThat(count).as("a test needs some but not all records to match").isBetween(1L, 9999L);
    assertThat(api.totalHits("users", "[" + term + "]")).as(term).isEqualTo(count);
  }

  @Test
  void stringStatusGroupInList() {
    assertAccounts(
        "{\"type\":\"string\",\"term\":\"status_group\",\"in_list\":[\"paying\",\"trial\"]}",
        a -> List.of("paying", "trial").contains(a.statusGroup()));
  }

  @Test
  void stringHealthInList() {
    assertAccounts(
        "{\"type\":\"string\",\"term\":\"health\",\"in_list\":[\"red\"]}",
        a -> "red".equals(a.health()));
  }

  @Test
  void stringSearchNameContainsIgnoresCase() {
    assertAccounts(
        "{\"type\":\"string\",\"term\":\"search_name\",\"contains\":\"gmbh\"}",
        a -> a.displayName().toLowerCase().contains("gmbh"));
  }

  @Test
  void stringIdentifierInList() {
    assertAccounts(
        "{\"type\":\"string\",\"term\":\"identifier\",\"in_list\":[\"acc-000001\",\"acc-000042\"]}",
        a -> List.of("acc-000001", "acc-000042").contains(a.id()));
  }

  @Test
  void stringAttributeInList() {
    assertAccounts(
        "{\"type\":\"string_attribute\",\"attribute\":\"Region [Sales]\",\"in_list\":[\"EMEA\"]}",
        a -> "EMEA".equals(a.attributes().get("Region [Sales]")));
  }

  @Test
  void numberAttributeEq() {
    assertAccounts(
        "{\"type\":\"number_attribute\",\"attribute\":\"Seats (licensed)\",\"eq\":100}",
        a -> a.attributes().get("Seats (licensed)") instanceof Number n && n.doubleValue() == 100);
  }

  @Test
  void numberAttributeRange() {
    assertAccounts(
        "{\"type\":\"number_attribute\",\"attribute\":\"NPS [last survey]\",\"gte\":0,\"lt\":50}",
        a ->
            a.attributes().get("NPS [last survey]") instanceof Number n
                && n.doubleValue() >= 0
                && n.doubleValue() < 50);
  }

  @Test
  void simpleDateAttributeJokerBetweenNextDays() {
    long today =
        LocalDate.ofInstant(SharedEmulator.NOW, ZoneOffset.UTC)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .toEpochMilli();
    long day = 86_400_000L;
    assertAccounts(
        "{\"type\":\"simple_date_attribute\",\"attribute\":\"Renewal Date\","
            + "\"joker\":\"between_next_90_and_200_days\"}",
        a ->
            a.attributes().get("Renewal Date") instanceof Number n
                && n.longValue() >= today + 90 * day
                && n.longValue() < today + 201 * day);
  }

  @Test
  void dateGteAndLtSlice() {
    long from = SharedEmulator.NOW.toEpochMilli() - 30L * 86_400_000;
    long to = SharedEmulator.NOW.toEpochMilli() - 5L * 86_400_000;
    assertAccounts(
        "{\"type\":\"date\",\"term\":\"last_activity_time\",\"gte\":"
            + from
            + "},"
            + "{\"type\":\"date\",\"term\":\"last_activity_time\",\"lt\":"
            + to
            + "}",
        a ->
            a.lastActivityTime() != null
                && a.lastActivityTime() >= from
                && a.lastActivityTime() < to);
  }

  @Test
  void dateEqZeroSelectsNeverActive() {
    assertAccounts(
        "{\"type\":\"date\",\"term\":\"last_activity_time\",\"eq\":0}",
        a -> a.lastActivityTime() == null);
    assertThat(accounts(a -> a.lastActivityTime() == null)).isEqualTo(40);
  }

  @Test
  void dateGtNeverMatchesNeverActive() {
    assertAccounts(
        "{\"type\":\"date\",\"term\":\"last_activity_time\",\"gt\":0}",
        a -> a.lastActivityTime() != null);
  }

  @Test
  void dateJokerYesterdayOnUsers() {
    long today =
        LocalDate.ofInstant(SharedEmulator.NOW, ZoneOffset.UTC)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .toEpochMilli();
    assertUsers(
        "{\"type\":\"date\",\"term\":\"last_activity_time\",\"joker\":\"yesterday\"}",
        u ->
            u.lastActivityTime() != null
                && u.lastActivityTime() >= today - 86_400_000L
                && u.lastActivityTime() < today);
  }

  @Test
  void ownerIsOneOf() {
    assertAccounts(
        "{\"type\":\"owner\",\"is_one_of\":[\"jane.doe@vendor.example\"]}",
        a ->
            a.owners().values().stream()
                .anyMatch(o -> o.email().equals("jane.doe@vendor.example")));
  }

  @Test
  void totangoUserScopeIsOneOf() {
    List<String> emails = List.of("zoe.mueller@vendor.example", "sam.smith@vendor.example");
    assertAccounts(
        "{\"type\":\"totango_user_scope\",\"is_one_of\":[\"zoe.mueller@vendor.example\","
            + "\"sam.smith@vendor.example\"]}",
        a -> a.owners().values().stream().anyMatch(o -> emails.contains(o.email())));
  }

  @Test
  void activeListIsInOneOf() {
    assertAccounts(
        "{\"type\":\"active_list\",\"is_in_one_of\":[\"seg-1001\",\"seg-1003\"]}",
        a -> a.segments().contains("seg-1001") || a.segments().contains("seg-1003"));
  }

  @Test
  void lifecycleStageNotInList() {
    assertAccounts(
        "{\"type\":\"lifecycle_attribute_stage_by_id\",\"attribute\":\"Customer Lifecycle\","
            + "\"not_in_list\":[\"1\",\"2\"]}",
        a -> {
          String stage = a.lifecycleStages().get("Customer Lifecycle");
          return stage == null || !List.of("1", "2").contains(stage);
        });
  }

  @Test
  void orMatchesEither() {
    assertAccounts(
        "{\"type\":\"or\",\"or\":[{\"type\":\"string\",\"term\":\"health\",\"in_list\":[\"red\"]},"
            + "{\"type\":\"string\",\"term\":\"status_group\",\"in_list\":[\"churned\"]}]}",
        a -> "red".equals(a.health()) || "churned".equals(a.statusGroup()));
  }

  @Test
  void parentAccountFiltersUsersByTheirAccount() {
    assertUsers(
        "{\"type\":\"parent_account\",\"terms\":[{\"type\":\"string\",\"term\":\"status_group\","
            + "\"in_list\":[\"paying\"]},{\"type\":\"string\",\"term\":\"health\","
            + "\"in_list\":[\"green\"]}]}",
        u ->
            "paying".equals(data.accountOf(u).statusGroup())
                && "green".equals(data.accountOf(u).health()));
  }

  @Test
  void userStringAttributeInList() {
    assertUsers(
        "{\"type\":\"string_attribute\",\"attribute\":\"Role\",\"in_list\":[\"Admin\"]}",
        u -> "Admin".equals(u.attributes().get("Role")));
  }

  @Test
  void extraKeysOnTermsAreIgnored() {
    assertAccounts(
        "{\"type\":\"string\",\"term\":\"health\",\"in_list\":[\"green\"],"
            + "\"query_term_id\":\"x1\",\"source\":\"ui\",\"direct\":true}",
        a -> "green".equals(a.health()));
  }
}
