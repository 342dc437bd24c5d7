package org.portreg.reconcile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.portreg.format.excerpt.ExcerptRow;

/**
 * Writes a reconciliation as JSON for tools: {@code {"format":"portreg-reconciliation",
 * "version":1, "agrees", "summary", "header":[…], "rows":[…], "contacts":[…],
 * "missingContacts":[…]}}; see {@code docs/excerpts.md}. Thread-safe, stateless.
 */
public final class ReconciliationJson {
  /** The value of the top-level {@code "format"} member. */
  public static final String FORMAT_ID = "portreg-reconciliation";

  private static final JsonFactory FACTORY = new JsonFactory();

  private ReconciliationJson() {}

  /** Writes pretty-printed UTF-8 JSON to {@code out}, a newline after it; does not close it. */
  public static void write(Reconciliation r, OutputStream out) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      writeReconciliation(r, json);
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON: " + e.getMessage(), e);
    }
  }

  private static void writeReconciliation(Reconciliation r, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", FORMAT_ID);
    json.writeNumberField("version", 1);
    json.writeStringField("excerpt", r.source());
    json.writeStringField("registryUpdated", r.registryUpdated());
    json.writeBooleanField("agrees", r.agrees());
    json.writeObjectFieldStart("summary");
    for (MatchStatus s : MatchStatus.values()) {
      json.writeNumberField(token(s), r.rowCount(s));
    }
    json.writeEndObject();
    json.writeArrayFieldStart("header");
    for (HeaderComparison h : r.header()) {
      writeHeader(h, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("rows");
    for (RowReconciliation row : r.rows()) {
      writeRow(row, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("contacts");
    for (ContactReconciliation c : r.contacts()) {
      writeContact(c, json);
    }
    json.writeEndArray();
    strings("missingContacts", r.missingContacts(), json);
    json.writeEndObject();
  }

  private static void writeHeader(HeaderComparison h, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("field", h.field());
    json.writeStringField("status", h.status().name().toLowerCase(Locale.ROOT));
    json.writeStringField("excerpt", h.excerptValue());
    json.writeStringField("registry", h.registryValue());
    json.writeEndObject();
  }

  private static void writeRow(RowReconciliation r, JsonGenerator json) throws IOException {
    ExcerptRow row = r.row();
    json.writeStartObject();
    json.writeArrayFieldStart("lines");
    for (int line : row.lines()) {
      json.writeNumber(line);
    }
    json.writeEndArray();
    json.writeStringField("key", row.key());
    json.writeStringField("status", token(r.status()));
    if (r.recordIndex().isPresent()) {
      json.writeNumberField("recordIndex", r.recordIndex().get());
    }
    differences(r.differences(), json);
    json.writeArrayFieldStart("resolvedAmbiguities");
    for (ResolvedAmbiguity a : r.resolved()) {
      json.writeStartObject();
      json.writeStringField("value", a.value());
      json.writeStringField("guessed", a.guessedColumn());
      json.writeStringField("actual", a.actualColumn());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeContact(ContactReconciliation c, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeNumberField("line", c.contact().line());
    json.writeStringField("id", c.contact().id());
    json.writeStringField("status", token(c.status()));
    differences(c.differences(), json);
    json.writeEndObject();
  }

  private static void differences(List<FieldDifference> list, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart("differences");
    for (FieldDifference d : list) {
      json.writeStartObject();
      json.writeStringField("column", d.column());
      json.writeStringField("excerpt", d.excerptValue());
      json.writeStringField("registry", d.registryValue());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void strings(String name, List<String> values, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  private static String token(MatchStatus s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
