package io.totangoconnector.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes one hit: the record's own keys, then its positional {@code selected_fields}. */
final class HitWriter {
  private HitWriter() {}

  static void write(JsonGenerator g, ParsedQuery q, Snapshot s, int slot) throws IOException {
    g.writeStartObject();
    if (q.report() == Report.ACCOUNTS) {
      AccountRecord a = s.account(slot);
      writeNames(g, a);
      JsonValues.writeLongOrNull(g, "last_activity_time", a.lastActivityTime());
      selectedFields(g, q, a, a);
    } else {
      UserRecord u = s.user(slot);
      AccountRecord a = s.account(s.accountSlotOf(slot));
      writeNames(g, u);
      JsonValues.writeLongOrNull(g, "first_activity_time", u.firstActivityTime());
      JsonValues.writeLongOrNull(g, "last_activity_time", u.lastActivityTime());
      g.writeObjectFieldStart("account");
      g.writeStringField("name", a.id());
      if (ContractChoices.USER_HIT_ACCOUNT_DISPLAY_NAME) {
        g.writeStringField("display_name", a.displayName());
      }
      g.writeEndObject();
      selectedFields(g, q, u, a);
    }
    g.writeEndObject();
  }

  private static void writeNames(JsonGenerator g, Subject s) throws IOException {
    g.writeStringField("name", s.id());
    g.writeStringField("display_name", s.displayName());
  }

  private static void selectedFields(
      JsonGenerator g, ParsedQuery q, Subject own, AccountRecord parent) throws IOException {
    g.writeArrayFieldStart("selected_fields");
    for (int position : q.layout()) {
      Object value =
          position >= 0
              ? q.fields().get(position).value().apply(own)
              : q.parentFields().get(-1 - position).value().apply(parent);
      JsonValues.write(g, value);
    }
    g.writeEndArray();
  }
}
