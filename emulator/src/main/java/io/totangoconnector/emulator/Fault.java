package io.totangoconnector.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * One fault the emulator answers instead of (or before) its normal reply; built by the static
 * factories and used in scripts ({@link EmulatorConfig.Builder#script}) or drawn at random.
 * Immutable and thread-safe.
 */
public final class Fault {
  enum Kind {
    STATUS,
    SERVER_ERROR_STATUS,
    FAILED_STATUS,
    TRUNCATED_BODY,
    CONNECTION_RESET,
    DELAY,
    HTTP_429
  }

  private final Kind kind;
  private final int status;
  private final String body;
  private final Duration duration;

  private Fault(Kind kind, int status, String body, Duration duration) {
    this.kind = kind;
    this.status = status;
    this.body = body;
    this.duration = duration;
  }

  /** A 429 with body {@code Too many requests}, {@code Retry-After} and {@code RateLimit-*}. */
  public static Fault http429(Duration retryAfter) {
    requireNonNegative(retryAfter, "retryAfter");
    return new Fault(Kind.HTTP_429, 429, "Too many requests", retryAfter);
  }

  /** Any status with the given body; the content type follows the body (HTML, JSON or text). */
  public static Fault status(int code, String body) {
    if (code < 100 || code > 599) {
      throw new IllegalArgumentException("status code must be 100..599, was " + code);
    }
    return new Fault(Kind.STATUS, code, Objects.requireNonNull(body, "body"), Duration.ZERO);
  }

  /** A 200 with {@code "status":"Server error"} and {@code "response":{"<report>":null}}. */
  public static Fault serverErrorStatus() {
    return new Fault(Kind.SERVER_ERROR_STATUS, 200, null, Duration.ZERO);
  }

  /** A 200 with {@code {"status":"failed","_error":message}}. */
  public static Fault failedStatus(String message) {
    return new Fault(Kind.FAILED_STATUS, 200, Objects.requireNonNull(message), Duration.ZERO);
  }

  /** The normal answer's headers and half its body, then the connection is closed. */
  public static Fault truncatedBody() {
    return new Fault(Kind.TRUNCATED_BODY, 200, null, Duration.ZERO);
  }

  /** The connection is reset (TCP RST) before any byte of the response. */
  public static Fault connectionReset() {
    return new Fault(Kind.CONNECTION_RESET, 0, null, Duration.ZERO);
  }

  /** The normal answer, after the given delay. */
  public static Fault delay(Duration delay) {
    requireNonNegative(delay, "delay");
    return new Fault(Kind.DELAY, 0, null, delay);
  }

  private static void requireNonNegative(Duration d, String name) {
    if (d == null || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be zero or positive, was " + d);
    }
  }

  Kind kind() {
    return kind;
  }

  int statusCode() {
    return status;
  }

  String body() {
    return body;
  }

  Duration duration() {
    return duration;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case STATUS -> "status " + status;
      case HTTP_429 -> "429 retry after " + duration.toSeconds() + " s";
      case DELAY -> "delay " + duration.toMillis() + " ms";
      case FAILED_STATUS -> "failed status";
      default -> kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }
}
