package io.totangoconnector.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * One requested column: its display name (for sort_by) and how its value is read.
 *
 * @param index the {@code index} key of a parent account field, or null
 */
record FieldSpec(
    String displayName, JsonNode json, Integer index, Function<Subject, Object> value) {}
