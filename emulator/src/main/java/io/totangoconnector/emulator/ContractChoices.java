package io.totangoconnector.emulator;

import java.util.List;

/**
 * Every [ours] decision of {@code totango-api.md} (and of this project's lead) that the emulator
 * implements, in one place, so that one edit changes it when a user reports what the real service
 * does. Facts marked [doc] or [seen] are here only where code needs them as values.
 *
 * <p>Choices built into the structure of the code rather than held in a value:
 *
 * <ul>
 *   <li>[ours] The rate limit is a sliding window: at most N accepted calls within any window
 *       ({@code SlidingWindowLimiter}).
 *   <li>[ours] 401/403 replies carry no RateLimit-* headers: no budget belongs to a bad token
 *       ({@code SearchHandler}).
 *   <li>[ours] simple_date and simple_date_attribute values are ISO dates in UTC, e.g. 2024-03-01
 *       ({@code FieldValues.isoDate}).
 *   <li>[ours] Unknown field types, unknown string terms and absent attributes yield null, not an
 *       error ({@code FieldValues}, {@code AccountObjects}).
 *   <li>[ours] Scripted faults answer before authentication and the rate limit, and do not consume
 *       budget; random faults are drawn only for accepted calls ({@code SearchHandler}).
 * </ul>
 */
final class ContractChoices {
  /** [doc] Page size when the query has no {@code count}. */
  static final int DEFAULT_COUNT = 1000;

  /** [doc] Largest {@code count}; [ours] a larger one is answered 400. */
  static final int MAX_COUNT = 1000;

  /** [doc] Records reachable through one query; pages straddling it are cut at it. */
  static final int RECORD_CAP = 10_000;

  /** [ours] 401 {@code _error} when the {@code app-token} header is missing or blank. */
  static final String MISSING_TOKEN = "Missing app-token header";

  /** [ours] 403 {@code _error} for a token the emulator does not know. */
  static final String UNKNOWN_TOKEN = "Invalid app token";

  /** [ours] A call answered 429 does not consume budget. */
  static final boolean REJECTED_CALLS_CONSUME = false;

  /** [doc] Body of a 429. */
  static final String TOO_MANY_REQUESTS = "Too many requests";

  /** [ours] Sort ties are broken by record id ascending (whatever sort_order): paging is stable. */
  static final boolean TIES_BY_ID_ASCENDING = true;

  /** [ours] Null sort values (never active, absent attribute) sort first in ASC, last in DESC. */
  static final boolean NULLS_FIRST_IN_ASC = true;

  /** [ours] A sort_by that names no known column or requested field is answered 400. */
  static final boolean UNKNOWN_SORT_IS_ERROR = true;

  /** [doc] {@code eq} with this value in a date term selects never-active records only. */
  static final long NEVER_ACTIVE = 0;

  /** [ours] Operators of number_attribute terms ([seen] only eq). */
  static final List<String> NUMBER_OPERATORS = List.of("eq", "gt", "gte", "lt", "lte");

  /** [ours] Operators of date terms ([seen] gt, gte, eq, joker) and date attribute terms. */
  static final List<String> DATE_OPERATORS = List.of("eq", "gt", "gte", "lt", "lte", "joker");

  /** [ours] Operators of string and string_attribute terms. */
  static final List<String> STRING_OPERATORS = List.of("in_list", "contains", "not_in_list");

  /** [ours] String in_list and contains compare ignoring case. */
  static final boolean STRING_MATCH_IGNORES_CASE = true;

  /** [ours] Account-level terms (status_group, owner, ...) in a users search test the account. */
  static final boolean ACCOUNT_TERMS_LIFT_TO_USERS = true;

  /** [ours] A term {@code or} with no nested terms matches nothing. */
  static final boolean EMPTY_OR_MATCHES = false;

  /** [ours] A lifecycle stage not_in_list matches accounts without any stage. */
  static final boolean NO_STAGE_IS_NOT_IN_LIST = true;

  /** [ours] A query without {@code terms} or {@code fields} is answered 400 (doc: mandatory). */
  static final boolean TERMS_AND_FIELDS_REQUIRED = true;

  /** [ours] Users' hits carry {@code account.display_name} beside {@code account.name}. */
  static final boolean USER_HIT_ACCOUNT_DISPLAY_NAME = true;

  /** [ours] A truncated body announces its full Content-Length, sends half, then closes. */
  static final boolean TRUNCATION_ANNOUNCES_FULL_LENGTH = true;

  /** [seen] Constant envelope values of a success body. */
  static final String SERVICE_ID = "899";

  static final String REVISION = "r41edc37";

  /** [ours] {@code took} is a fake, deterministic figure so equal queries give equal bytes. */
  static int took(int hitsOnPage) {
    return 3 + hitsOnPage / 50;
  }

  private ContractChoices() {}
}
