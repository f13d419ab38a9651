package io.totangoconnector.emulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which fault, if any, a call gets: the script first, else a draw that depends only on the fault
 * seed and the call number (so a run is reproducible). Thread-safe.
 */
final class FaultPlan {
  private static final long DRAW_SALT = 20;
  private final Map<Integer, Fault> script = new ConcurrentHashMap<>();
  private final EmulatorConfig config;

  FaultPlan(EmulatorConfig config) {
    this.config = config;
    script.putAll(config.script());
  }

  void script(int callNumber, Fault fault) {
    script.put(callNumber, fault);
  }

  Fault scripted(int callNumber) {
    return script.get(callNumber);
  }

  /** The random fault of an accepted call, or null. */
  Fault drawn(int callNumber) {
    Rng r = new Rng(Rng.seed(config.faultSeed(), DRAW_SALT, callNumber));
    double u = r.nextDouble();
    boolean html = r.chance(0.5);
    for (FaultKind kind : FaultKind.values()) {
      u -= config.faultRates().getOrDefault(kind, 0.0);
      if (u < 0) {
        return fault(kind, html);
      }
    }
    return null;
  }

  private Fault fault(FaultKind kind, boolean html) {
    return switch (kind) {
      case HTTP_500 ->
          Fault.status(
              500,
              html
                  ? ErrorPages.html(500, "Internal Server Error")
                  : "{\"status\":\"failed\",\"_error\":\"Internal server error\"}");
      case HTTP_502 ->
          Fault.status(502, html ? ErrorPages.html(502, "Bad Gateway") : "Bad Gateway");
      case HTTP_503 ->
          Fault.status(
              503,
              html
                  ? ErrorPages.html(503, "Service Temporarily " + "Unavailable")
                  : "Service Unavailable");
      case SERVER_ERROR_STATUS -> Fault.serverErrorStatus();
      case TRUNCATED_BODY -> Fault.truncatedBody();
      case CONNECTION_RESET -> Fault.connectionReset();
      case SLOW_REPLY -> Fault.delay(config.slowReplyDelay());
    };
  }
}
