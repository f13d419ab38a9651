package io.totangoconnector.emulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Relative date values ({@code yesterday}, {@code between_next_90_and_200_days}) as ranges. */
final class Jokers {
  private static final long DAY = Generator.DAY;
  private static final Pattern BETWEEN =
      Pattern.compile("between_(next|last)_(\\d+)_and_(\\d+)_days");
  private static final Pattern WITHIN = Pattern.compile("(next|last)_(\\d+)_days");

  private Jokers() {}

  /** [from, to) in epoch ms, days counted in UTC from {@code today} (a UTC midnight). */
  static long[] range(String joker, long today, String where) {
    switch (joker) {
      case "today":
        return days(today, 0, 1);
      case "yesterday":
        return days(today, -1, 0);
      case "tomorrow":
        return days(today, 1, 2);
      default:
        break;
    }
    Matcher between = BETWEEN.matcher(joker);
    if (between.matches()) {
      int a = Integer.parseInt(between.group(2));
      int b = Integer.parseInt(between.group(3));
      boolean next = between.group(1).equals("next");
      return next
          ? days(today, Math.min(a, b), Math.max(a, b) + 1)
          : days(today, -Math.max(a, b), -Math.min(a, b) + 1);
    }
    Matcher within = WITHIN.matcher(joker);
    if (within.matches()) {
      int n = Integer.parseInt(within.group(2));
      return within.group(1).equals("next") ? days(today, 0, n + 1) : days(today, -n, 1);
    }
    throw new QueryProblem(
        where
            + ".joker '"
            + joker
            + "' is not known; expected today, "
            + "yesterday, tomorrow, last_N_days, next_N_days, between_last_N_and_M_days or "
            + "between_next_N_and_M_days");
  }

  private static long[] days(long today, long fromDays, long toDays) {
    return new long[] {today + fromDays * DAY, today + toDays * DAY};
  }
}
