package io.totangoconnector.client;

import java.util.Objects;

/** A JSON object or array from a response, kept as its compact text. */
public record JsonText(String json) {
  public JsonText {
    Objects.requireNonNull(json, "json");
  }

  @Override
  public String toString() {
    return json;
  }
}
