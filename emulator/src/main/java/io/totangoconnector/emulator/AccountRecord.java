package io.totangoconnector.emulator;

import java.util.List;
import java.util.Map;

/**
 * One account of the emulator's data, also the shape of an account in a fixture file (keys in
 * snake_case, e.g. {@code display_name}). Nullable: every Long/Double/String except id and
 * displayName.
 *
 * @param statusGroup e.g. {@code paying}, {@code trial}, {@code churned}
 * @param owners owner per role name (e.g. {@code Success Manager})
 * @param segments ids of the active lists the account is in
 * @param lifecycleStages stage id per lifecycle attribute name
 * @param onAttentionDate epoch ms the account was put on attention, or null
 * @param lastTouchBy email of the team member of the last touch, or null (no touch)
 */
public record AccountRecord(
    String id,
    String displayName,
    Long lastActivityTime,
    String statusGroup,
    String health,
    String healthPrev,
    Long healthChangeDate,
    Double contractValue,
    Double score,
    Map<String, Owner> owners,
    List<String> segments,
    Map<String, String> lifecycleStages,
    Long onAttentionDate,
    String lastTouchBy,
    Long lastTouchTime,
    Map<String, Object> attributes)
    implements Subject {
  public AccountRecord {
    owners = owners == null ? Map.of() : owners;
    segments = segments == null ? List.of() : segments;
    lifecycleStages = lifecycleStages == null ? Map.of() : lifecycleStages;
    attributes = attributes == null ? Map.of() : attributes;
  }
}
