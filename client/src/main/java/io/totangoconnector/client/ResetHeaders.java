package io.totangoconnector.client;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long a 429 reply asks us to wait. Totango documents {@code RateLimit-Reset} (seconds
 * until the window resets); some clients read {@code X-RateLimit-Reset} (epoch seconds); the docs
 * also mention {@code Retry-After} (seconds or an HTTP date). When several are present, the longest
 * wait wins, so that we never come back early.
 */
final class ResetHeaders {
  /** Values above this are epoch seconds (after 2001), below it a number of seconds to wait. */
  private static final double EPOCH_SECONDS_FLOOR = 1_000_000_000d;

  private static final double EPOCH_MILLIS_FLOOR = 1_000_000_000_000d;

  private ResetHeaders() {}

  /** The longest wait the headers ask for; zero when none is present or readable. */
  static Duration waitFrom(HttpHeaders headers, Clock clock) {
    Duration wait = Duration.ZERO;
    wait = longer(wait, headers.firstValue("RateLimit-Reset").flatMap(ResetHeaders::seconds));
    wait =
        longer(
            wait, headers.firstValue("X-RateLimit-Reset").flatMap(v -> secondsOrEpoch(v, clock)));
    return longer(wait, headers.firstValue("Retry-After").flatMap(v -> secondsOrDate(v, clock)));
  }

  private static Duration longer(Duration a, Optional<Duration> b) {
    return b.filter(d -> d.compareTo(a) > 0).orElse(a);
  }

  private static Optional<Duration> seconds(String value) {
    try {
      double s = Double.parseDouble(value.trim());
      return s > 0 && s < EPOCH_SECONDS_FLOOR
          ? Optional.of(Duration.ofNanos((long) Math.ceil(s * 1e9)))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> secondsOrEpoch(String value, Clock clock) {
    try {
      double v = Double.parseDouble(value.trim());
      if (v >= EPOCH_MILLIS_FLOOR) {
        return until(Instant.ofEpochMilli((long) v), clock);
      }
      if (v >= EPOCH_SECONDS_FLOOR) {
        return until(Instant.ofEpochSecond((long) Math.ceil(v)), clock);
      }
      return seconds(value);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> secondsOrDate(String value, Clock clock) {
    Optional<Duration> s = seconds(value);
    if (s.isPresent()) {
      return s;
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      return until(at.toInstant(), clock);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> until(Instant at, Clock clock) {
    Duration d = Duration.between(clock.instant(), at);
    return d.isNegative() ? Optional.empty() : Optional.of(d);
  }
}
