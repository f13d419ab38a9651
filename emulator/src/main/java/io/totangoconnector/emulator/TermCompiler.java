package io.totangoconnector.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Compiles the {@code terms} of a query into one {@link Matcher} (terms are ANDed). */
final class TermCompiler {
  static final List<String> TYPES =
      List.of(
          "string",
          "string_attribute",
          "number_attribute",
          "simple_date_attribute",
          "date_attribute",
          "date",
          "owner",
          "totango_user_scope",
          "active_list",
          "lifecycle_attribute_stage_by_id",
          "parent_account",
          "or");

  private final Report report;
  private final Snapshot snapshot;
  private final long today;

  TermCompiler(Report report, Snapshot snapshot, long todayMidnight) {
    this.report = report;
    this.snapshot = snapshot;
    this.today = todayMidnight;
  }

  Matcher compileAll(JsonNode terms, String where) {
    if (terms == null || !terms.isArray()) {
      throw new QueryProblem(where + " must be an array of terms");
    }
    List<Matcher> all = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      all.add(compile(terms.get(i), where + "[" + i + "]"));
    }
    return (s, a) -> all.stream().allMatch(m -> m.matches(s, a));
  }

  private Matcher compile(JsonNode term, String where) {
    if (!term.isObject() || !term.path("type").isTextual()) {
      throw new QueryProblem(where + " must be an object with a string \"type\"");
    }
    String type = term.get("type").asText();
    return switch (type) {
      case "string" -> stringTerm(term, where);
      case "string_attribute" -> own(attribute(term, where), ValueTests.strings(term, where));
      case "number_attribute" -> own(attribute(term, where), ValueTests.numbers(term, where));
      case "simple_date_attribute", "date_attribute" ->
          own(attribute(term, where), ValueTests.dates(term, where, today));
      case "date" -> own(activityTerm(term, where), ValueTests.dates(term, where, today));
      case "owner" -> accountLevel(owners(term, where));
      case "totango_user_scope" -> accountLevel(owners(term, where));
      case "active_list" -> accountLevel(segments(term, where));
      case "lifecycle_attribute_stage_by_id" -> accountLevel(stages(term, where));
      case "parent_account" -> parentAccount(term, where);
      case "or" -> or(term, where);
      case "event_property" ->
          throw new QueryProblem(
              where + ": event_property terms are only " + "valid in an events search");
      default ->
          throw new QueryProblem(
              where
                  + ".type '"
                  + type
                  + "' is not a known term type; "
                  + "expected one of "
                  + TYPES);
    };
  }

  private Matcher stringTerm(JsonNode term, String where) {
    String key = ValueTests.text(term.get("term"), where + ".term");
    Predicate<Object> test = ValueTests.strings(term, where);
    return switch (key) {
      case "status_group" -> accountLevel(own(s -> ((AccountRecord) s).statusGroup(), test));
      case "health" -> accountLevel(own(s -> ((AccountRecord) s).health(), test));
      case "status" -> accountLevel(own(s -> FieldValues.statusName((AccountRecord) s), test));
      case "search_name", "display_name" -> own(Subject::displayName, test);
      case "identifier", "name" -> own(Subject::id, test);
      default -> (s, a) -> false;
    };
  }

  private static Function<Subject, Object> attribute(JsonNode term, String where) {
    String name = ValueTests.text(term.get("attribute"), where + ".attribute");
    return s -> s.attributes().get(name);
  }

  private Function<Subject, Object> activityTerm(JsonNode term, String where) {
    String key = ValueTests.text(term.get("term"), where + ".term");
    return switch (key) {
      case "last_activity_time" -> Subject::lastActivityTime;
      case "first_activity_time" -> s -> s instanceof UserRecord u ? u.firstActivityTime() : null;
      default ->
          throw new QueryProblem(
              where
                  + ".term '"
                  + key
                  + "' is not a date term; expected "
                  + "last_activity_time or first_activity_time");
    };
  }

  private static Matcher own(Function<Subject, Object> value, Predicate<Object> test) {
    return (s, a) -> test.test(value.apply(s));
  }

  private static Matcher owners(JsonNode term, String where) {
    List<String> emails = ValueTests.texts(required(term, "is_one_of", where), where);
    String role = term.hasNonNull("account_role") ? term.get("account_role").asText() : null;
    return (s, a) ->
        ((AccountRecord) s)
            .owners().entrySet().stream()
                .filter(e -> role == null || e.getKey().equals(role))
                .anyMatch(
                    e ->
                        e.getValue().email() != null
                            && emails.contains(ValueTests.normal(e.getValue().email())));
  }

  private static Matcher segments(JsonNode term, String where) {
    List<String> ids = ValueTests.texts(required(term, "is_in_one_of", where), where);
    return (s, a) ->
        ((AccountRecord) s).segments().stream().anyMatch(id -> ids.contains(ValueTests.normal(id)));
  }

  private static Matcher stages(JsonNode term, String where) {
    String attribute = ValueTests.text(term.get("attribute"), where + ".attribute");
    Function<Subject, Object> stage = s -> ((AccountRecord) s).lifecycleStages().get(attribute);
    if (term.has("not_in_list") && !ContractChoices.NO_STAGE_IS_NOT_IN_LIST) {
      Predicate<Object> test = ValueTests.strings(term, where);
      return (s, a) -> stage.apply(s) != null && test.test(stage.apply(s));
    }
    return own(stage, ValueTests.strings(term, where));
  }

  private Matcher parentAccount(JsonNode term, String where) {
    if (report != Report.USERS) {
      throw new QueryProblem(where + ": parent_account terms are only valid in a users search");
    }
    TermCompiler accounts = new TermCompiler(Report.ACCOUNTS, snapshot, today);
    return new AccountLift(accounts.compileAll(term.get("terms"), where + ".terms"), snapshot);
  }

  private Matcher or(JsonNode term, String where) {
    return compileAny(term.get("or"), where + ".or");
  }

  private Matcher compileAny(JsonNode terms, String where) {
    if (terms == null || !terms.isArray()) {
      throw new QueryProblem(where + " must be an array of terms");
    }
    List<Matcher> any = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      any.add(compile(terms.get(i), where + "[" + i + "]"));
    }
    if (any.isEmpty()) {
      return (s, a) -> ContractChoices.EMPTY_OR_MATCHES;
    }
    return (s, a) -> any.stream().anyMatch(m -> m.matches(s, a));
  }

  private Matcher accountLevel(Matcher onAccount) {
    if (report == Report.ACCOUNTS) {
      return onAccount;
    }
    if (!ContractChoices.ACCOUNT_TERMS_LIFT_TO_USERS) {
      return (s, a) -> false;
    }
    return new AccountLift(onAccount, snapshot);
  }

  private static JsonNode required(JsonNode term, String key, String where) {
    if (!term.has(key)) {
      throw new QueryProblem(where + " has no \"" + key + "\"");
    }
    return term.get(key);
  }
}
