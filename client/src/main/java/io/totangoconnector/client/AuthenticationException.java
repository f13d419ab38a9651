package io.totangoconnector.client;

/** Totango refused the app token (401 or 403). Never retried. */
public class AuthenticationException extends TotangoApiException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message, int status, String endpoint, String bodyExcerpt) {
    super(message, status, endpoint, bodyExcerpt, false);
  }
}
