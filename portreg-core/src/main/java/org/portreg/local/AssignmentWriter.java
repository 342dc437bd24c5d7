package org.portreg.local;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.portreg.model.Transport;

/**
 * Writes local assignments as JSON in the shape {@link AssignmentReader} reads: a list of objects
 * with the fields {@code name}, {@code ports}, {@code transports}, {@code owner}, {@code contact},
 * {@code scope}, {@code tags}, {@code description}, {@code since}, {@code expires} and {@code
 * notes} (absent when empty). Thread-safe.
 */
public final class AssignmentWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private AssignmentWriter() {}

  /** The JSON text of {@code entries}, a list. */
  public static String json(List<LocalAssignment> entries) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartArray();
      for (LocalAssignment a : entries) {
        write(a, g);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes one entry as a JSON object. */
  public static void write(LocalAssignment a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeFields(a, g);
    g.writeEndObject();
  }

  /**
   * Writes one entry as it stands beside IANA's records in a lookup or a search: {@code "source":
   * "local"}, then the fields of {@link #write}. IANA's records carry no {@code source}, so a
   * reader tells the two apart by it (docs/json-format.md, LOCAL ENTRY).
   */
  public static void writeMarked(LocalAssignment a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", LocalColumns.SOURCE);
    writeFields(a, g);
    g.writeEndObject();
  }

  /** The JSON text of {@link #writeMarked}. */
  public static String markedJson(LocalAssignment a) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      writeMarked(a, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeFields(LocalAssignment a, JsonGenerator g) throws IOException {
    g.writeStringField("name", a.name());
    if (a.ports().isPresent()) {
      g.writeStringField("ports", a.ports().get().toString());
      g.writeArrayFieldStart("transports");
      for (Transport t : Transport.values()) {
        if (a.transports().contains(t)) {
          g.writeString(t.token());
        }
      }
      g.writeEndArray();
    }
    g.writeStringField("owner", a.owner());
    optional(g, "contact", a.contact());
    g.writeStringField("scope", a.scope().word());
    if (!a.tags().isEmpty()) {
      g.writeArrayFieldStart("tags");
      for (String tag : a.tags()) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    optional(g, "description", a.description());
    optional(g, "since", a.since().map(Object::toString).orElse(""));
    optional(g, "expires", a.expires().map(Object::toString).orElse(""));
    optional(g, "notes", a.notes());
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (!value.isEmpty()) {
      g.writeStringField(name, value);
    }
  }
}
