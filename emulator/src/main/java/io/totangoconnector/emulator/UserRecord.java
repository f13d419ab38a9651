package io.totangoconnector.emulator;

import java.util.Map;

/**
 * One user of the emulator's data, also the shape of a user in a fixture file (keys in snake_case).
 * Activity times are null when the user was never active.
 *
 * @param accountId the id of the user's account
 */
public record UserRecord(
    String id,
    String displayName,
    String accountId,
    Long firstActivityTime,
    Long lastActivityTime,
    Map<String, Object> attributes)
    implements Subject {
  public UserRecord {
    attributes = attributes == null ? Map.of() : attributes;
  }
}
