package io.totangoconnector.client.query;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What reading past the record cap assumes of Totango's search, beside {@link TotangoContract} and
 * in the same spirit: items marked [ours] are this project's assumptions where the public record is
 * silent, to be changed here in one edit when a user reports what the real service does.
 */
public final class SliceContract {
  /** [doc] Records reachable through one query, whatever the paging. */
  public static final long MAX_RECORDS_PER_QUERY = 10_000;

  /** [doc] The date term that holds a record's last activity (epoch ms). */
  public static final String ACTIVITY = "last_activity_time";

  /** [doc] {@code eq} with this value on the activity term selects exactly the never-active. */
  public static final long NEVER_ACTIVE = 0;

  /** [ours] {@code gt 0} on the activity term matches every record that was ever active. */
  public static final long EVER_ACTIVE_AFTER = 0;

  /** [ours] {@code gte}/{@code lt} on the activity term take epoch ms and never match null. */
  public static final String FROM = "gte";

  /** [ours] See {@link #FROM}: the exclusive upper bound of a window. */
  public static final String BEFORE = "lt";

  /** [ours] {@code sort_by} this key orders by activity, ascending with {@code ASC}. */
  public static final String SORT_BY_ACTIVITY = ACTIVITY;

  /**
   * [ours] {@code sort_by "name"} orders by the record id (account id, user id), which is unique
   * among a query's results, so {@code DESC} is the exact reverse of {@code ASC}.
   */
  public static final String SORT_BY_ID = "name";

  /**
   * [ours] A users search takes a {@code parent_account} term whose nested {@code terms} are
   * account terms; a user matches when its account matches them all. Nested {@code date} terms on
   * the activity work as top-level ones do: {@code gte}/{@code lt} in epoch ms, and {@code eq 0}
   * selects the users whose account was never active. Accounts searches do not take it.
   */
  public static final String PARENT_ACCOUNT = "parent_account";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SliceContract() {}

  /** The term that selects never-active records. */
  public static ObjectNode neverActive() {
    return activityTerm().put("eq", NEVER_ACTIVE);
  }

  /** The term that selects every record that was ever active. */
  public static ObjectNode everActive() {
    return activityTerm().put("gt", EVER_ACTIVE_AFTER);
  }

  /** The term that selects records active at or after {@code fromMillis}. */
  public static ObjectNode activeFrom(long fromMillis) {
    return activityTerm().put(FROM, fromMillis);
  }

  /** The term that selects records last active within [{@code from}, {@code before}). */
  public static ObjectNode activeWithin(long from, long before) {
    return activityTerm().put(FROM, from).put(BEFORE, before);
  }

  /** The users term: the user's account was never active. */
  public static ObjectNode accountNeverActive() {
    return parentAccount(neverActive());
  }

  /** The users term: the user's account was last active within [{@code from}, {@code before}). */
  public static ObjectNode accountActiveWithin(long from, long before) {
    return parentAccount(activeWithin(from, before));
  }

  private static ObjectNode parentAccount(ObjectNode accountTerm) {
    ObjectNode term = JSON.objectNode().put("type", PARENT_ACCOUNT);
    term.putArray("terms").add(accountTerm);
    return term;
  }

  private static ObjectNode activityTerm() {
    return JSON.objectNode().put("type", "date").put("term", ACTIVITY);
  }
}
