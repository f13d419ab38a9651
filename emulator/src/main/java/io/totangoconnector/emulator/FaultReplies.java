package io.totangoconnector.emulator;

import java.nio.charset.StandardCharsets;

/** The replies faults answer with, and the 429 of the rate limiter. */
final class FaultReplies {
  private FaultReplies() {}

  /** Whether the fault replaces the answer at once (the others delay or cut the real answer). */
  static boolean immediate(Fault fault) {
    return fault.kind() != Fault.Kind.DELAY && fault.kind() != Fault.Kind.TRUNCATED_BODY;
  }

  /** The reply of an immediate fault; null for a connection reset. */
  static Reply reply(Fault fault, Report report, EmulatorConfig config) {
    return switch (fault.kind()) {
      case STATUS -> Reply.text(fault.statusCode(), fault.body());
      case SERVER_ERROR_STATUS ->
          Reply.json(200, ResponseWriter.serverError(report == null ? Report.ACCOUNTS : report));
      case FAILED_STATUS -> Reply.failed(200, fault.body());
      case HTTP_429 ->
          tooManyRequests(
              new SlidingWindowLimiter.Decision(
                  false,
                  config.rateLimited() ? config.rateLimitCalls() : 100,
                  0,
                  (fault.duration().toMillis() + 999) / 1000));
      default -> null;
    };
  }

  static Reply tooManyRequests(SlidingWindowLimiter.Decision decision) {
    Reply reply =
        new Reply(
            429,
            "text/plain; charset=utf-8",
            ContractChoices.TOO_MANY_REQUESTS.getBytes(StandardCharsets.UTF_8));
    decision.addHeaders(reply);
    reply.header("Retry-After", Long.toString(decision.resetSeconds()));
    return reply;
  }
}
