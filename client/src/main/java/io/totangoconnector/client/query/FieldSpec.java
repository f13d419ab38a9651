package io.totangoconnector.client.query;

import java.util.Objects;

/**
 * One requested column: an item of the query's {@code fields} or {@code parent_account_fields}.
 *
 * @param type the item's {@code type}, e.g. {@code string_attribute}
 * @param key what it names: its {@code term}, {@code attribute}, {@code metric}, {@code
 *     aggregation} or {@code activity}; may be null (e.g. {@code health_trend})
 * @param displayName its {@code field_display_name} as given (untrimmed); may be null
 * @param kind what its values are
 * @param parentAccount whether it came from {@code parent_account_fields}
 */
public record FieldSpec(
    String type, String key, String displayName, ValueKind kind, boolean parentAccount) {
  public FieldSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
  }

  /** The name a person would recognise: the display name, else the key, else the type. */
  public String label() {
    if (displayName != null && !displayName.isBlank()) {
      return displayName;
    }
    return key != null && !key.isBlank() ? key : type;
  }
}
