package io.totangoconnector.client.query;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The value of a {@code query} form field, which users paste either as it is or URL-encoded.
 *
 * @param asPasted the value as it appears, up to the end of its JSON when it starts with a brace
 * @param encodedForm the value up to the next {@code &}, as a form-encoded value would end
 */
record QueryValue(String asPasted, String encodedForm) {

  /** A value that is literal text and never URL-decoded ({@code --data-urlencode}). */
  static QueryValue literal(String text) {
    return new QueryValue(text, null);
  }

  /** Whether the value is best read as it is: it starts with a brace, or it cannot be decoded. */
  boolean looksLiteral() {
    return encodedForm == null || asPasted.stripLeading().startsWith("{");
  }

  /** The value URL-decoded as a form field ({@code +} is a space, {@code %XX} a UTF-8 byte). */
  String decoded() {
    try {
      return URLDecoder.decode(encodedForm, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new QueryException(
          "The query looks URL-encoded but has a broken %-escape; paste it as it is or encode it"
              + " again",
          "");
    }
  }
}
