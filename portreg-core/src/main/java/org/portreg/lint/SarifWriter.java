package org.portreg.lint;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Writes findings as one SARIF 2.1.0 run of the tool {@code portreg lint}. Stateless. */
final class SarifWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifWriter() {}

  static void write(List<Finding> findings, String toolVersion, Writer out) throws IOException {
    try (JsonGenerator json = LintOutput.JSON_FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      writeTool(toolVersion, json);
      json.writeArrayFieldStart("results");
      for (Finding f : findings) {
        writeResult(f, json);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeTool(String toolVersion, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "portreg lint");
    json.writeStringField("version", toolVersion);
    json.writeStringField("informationUri", "https://www.rfc-editor.org/rfc/rfc6335");
    json.writeArrayFieldStart("rules");
    for (LintRule rule : LintRule.values()) {
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      json.writeObjectFieldStart("shortDescription");
      json.writeStringField("text", rule.summary());
      json.writeEndObject();
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(rule.severity()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(Finding f, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.rule().id());
    json.writeNumberField("ruleIndex", f.rule().ordinal());
    json.writeStringField("level", level(f.severity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", f.message());
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(f.file()));
    json.writeEndObject();
    if (f.hasPosition()) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", f.line());
      json.writeNumberField("startColumn", Math.max(f.column(), 1));
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  /** SARIF's level for a severity: error, warning or note. */
  static String level(Severity severity) {
    return severity == Severity.INFO ? "note" : severity.label();
  }

  /** The file name as a relative URI reference, with forward slashes and escapes. */
  static String uri(String file) {
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("file name cannot be written as a URI: " + file, e);
    }
  }
}
