package io.totangoconnector.emulator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Streams success and error bodies with a {@link JsonGenerator} (no trees). Thread-safe. */
final class ResponseWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private ResponseWriter() {}

  /** The success body for the page {@code [from, to)} of {@code slots}. */
  static byte[] success(ParsedQuery q, Snapshot s, int[] slots, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + 400 * Math.max(0, to - from));
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeObjectFieldStart("response");
      g.writeObjectFieldStart(q.report().key);
      g.writeNumberField("total_hits", slots.length);
      g.writeArrayFieldStart("hits");
      for (int i = from; i < to; i++) {
        HitWriter.write(g, q, s, slots[i]);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      envelope(g, "success", Math.max(0, to - from));
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The 200 body whose status is {@code Server error} and whose report is null. */
  static byte[] serverError(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeObjectFieldStart("response");
      g.writeNullField(report.key);
      g.writeEndObject();
      envelope(g, "Server error", 0);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code {"status":"failed","_error":message}}. */
  static byte[] failed(String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("status", "failed");
      g.writeStringField("_error", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void envelope(JsonGenerator g, String status, int hits) throws IOException {
    g.writeStringField("service_id", ContractChoices.SERVICE_ID);
    g.writeStringField("_revision", ContractChoices.REVISION);
    g.writeStringField("_type", "status");
    g.writeNumberField("_version", 1.0);
    g.writeStringField("status", status);
    g.writeNumberField("took", ContractChoices.took(hits));
  }
}
