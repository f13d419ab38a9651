package io.totangoconnector.emulator;

/** The kinds of random fault the emulator injects, each with its own probability. */
public enum FaultKind {
  /** HTTP 500, half of them with an HTML body, the others with a JSON body. */
  HTTP_500,
  /** HTTP 502, half of them with an HTML body (as a proxy answers), the others plain text. */
  HTTP_502,
  /** HTTP 503, half of them with an HTML body, the others plain text. */
  HTTP_503,
  /** HTTP 200 whose body says {@code "status":"Server error"} with a null report. */
  SERVER_ERROR_STATUS,
  /** The headers and half of the body are sent, then the connection is closed. */
  TRUNCATED_BODY,
  /** The connection is reset before any byte of the response. */
  CONNECTION_RESET,
  /** The normal answer, after an extra delay ({@link EmulatorConfig#slowReplyDelay()}). */
  SLOW_REPLY
}
