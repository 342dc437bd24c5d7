package org.portreg.format.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.portreg.model.Footnote;
import org.portreg.model.Inline;
import org.portreg.model.Note;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Xref;
import org.portreg.rules.RecordRules;

/** Writes the model to a JSON generator. Not thread-safe: one per write. */
final class JsonWriter {
  private final JsonGenerator json;

  JsonWriter(JsonGenerator json) {
    this.json = json;
  }

  void writeRegistry(Registry registry) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", JsonFormat.FORMAT_ID);
    json.writeNumberField("version", JsonFormat.SHAPE_VERSION);
    json.writeFieldName("header");
    writeHeader(registry.header());
    json.writeArrayFieldStart("records");
    for (ServiceRecord record : registry.records()) {
      writeRecord(record);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("footnotes");
    for (Footnote footnote : registry.footnotes()) {
      json.writeStartObject();
      json.writeStringField("anchor", footnote.anchor());
      rich("text", footnote.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("people");
    for (Person person : registry.people()) {
      writePerson(person);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  void writeHeader(RegistryHeader header) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", header.id());
    json.writeStringField("title", header.title());
    json.writeStringField("category", header.category());
    json.writeStringField("updated", header.updated().toString());
    xrefs("references", header.references());
    json.writeArrayFieldStart("experts");
    for (String expert : header.experts()) {
      json.writeString(expert);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("notes");
    for (Note note : header.notes()) {
      json.writeStartObject();
      optional("title", note.title());
      rich("text", note.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  void writeRecord(ServiceRecord r) throws IOException {
    json.writeStartObject();
    optional("name", r.name());
    if (r.protocol().isPresent()) {
      json.writeStringField("protocol", r.protocol().get().token());
    }
    rich("description", r.description());
    if (r.number().isPresent()) {
      json.writeStringField("number", r.number().get().toString());
    }
    xrefsIfAny("assignees", r.assignees());
    xrefsIfAny("contacts", r.contacts());
    xrefsIfAny("persons", r.persons());
    xrefsIfAny("references", r.references());
    optional("registered", r.registered());
    optional("updated", r.updated());
    optional("serviceCode", r.serviceCode());
    if (r.unauthorized().isPresent()) {
      rich("unauthorized", r.unauthorized().get());
    }
    if (r.notes().isPresent()) {
      rich("notes", r.notes().get());
    }
    json.writeStringField(
        "status", RecordRules.statusOf(r).name().toLowerCase(java.util.Locale.ROOT));
    json.writeEndObject();
  }

  void writePerson(Person p) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", p.id());
    optional("name", p.name());
    optional("org", p.org());
    optional("uri", p.uri());
    if (p.uris().size() > 1) {
      json.writeArrayFieldStart("uris");
      for (String uri : p.uris()) {
        json.writeString(uri);
      }
      json.writeEndArray();
    }
    optional("updated", p.updated());
    json.writeEndObject();
  }

  private void xrefsIfAny(String field, List<Xref> xrefs) throws IOException {
    if (!xrefs.isEmpty()) {
      xrefs(field, xrefs);
    }
  }

  /** Writes {@code field} as an array of xrefs, even when empty. */
  void xrefs(String field, List<Xref> xrefs) throws IOException {
    json.writeArrayFieldStart(field);
    for (Xref xref : xrefs) {
      xref(xref);
    }
    json.writeEndArray();
  }

  private void xref(Xref xref) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", xref.type().token());
    optional("data", xref.data());
    optional("section", xref.section());
    optional("text", xref.text());
    json.writeEndObject();
  }

  /** Plain text as a string; text with breaks, references or paragraphs as an array of parts. */
  private void rich(String field, RichText text) throws IOException {
    json.writeFieldName(field);
    richValue(text);
  }

  private void richValue(RichText text) throws IOException {
    if (text.parts().isEmpty()) {
      json.writeString("");
    } else if (text.parts().size() == 1 && text.parts().get(0) instanceof Inline.Text t) {
      json.writeString(t.value());
    } else {
      json.writeStartArray();
      for (Inline part : text.parts()) {
        inline(part);
      }
      json.writeEndArray();
    }
  }

  private void inline(Inline part) throws IOException {
    if (part instanceof Inline.Text t) {
      json.writeString(t.value());
    } else if (part instanceof Inline.LineBreak) {
      json.writeStartObject();
      json.writeStringField("type", "br");
      json.writeEndObject();
    } else if (part instanceof Inline.Reference r) {
      json.writeStartObject();
      json.writeStringField("type", "xref");
      json.writeFieldName("xref");
      xref(r.xref());
      json.writeEndObject();
    } else if (part instanceof Inline.Paragraph p) {
      json.writeStartObject();
      json.writeStringField("type", "paragraph");
      json.writeFieldName("content");
      richValue(p.content());
      json.writeEndObject();
    }
  }

  /**
   * Writes {@code field} as the value's text when present (not {@code map(Object::toString)}: the
   * cold search writes JSON and links no lambda).
   */
  private void optional(String field, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get().toString());
    }
  }
}
