package io.totangoconnector.sinks;

import java.util.Objects;

/**
 * One column of a table.
 *
 * @param name a name already made safe and unique by the caller; sinks still quote it
 * @param type the type of its values
 * @param comment the original (display) name, kept as the column comment where the destination has
 *     comments; may be null
 */
public record Column(String name, ColumnType type, String comment) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a column name must not be blank");
    }
  }
}
