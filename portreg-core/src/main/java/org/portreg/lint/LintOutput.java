package org.portreg.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes findings as text ({@code file:line:column: severity: [rule] message}), as portreg's JSON
 * (docs/lint.schema.json) or as SARIF 2.1.0. Thread-safe, stateless.
 */
public enum LintOutput {
  /** One line per finding. */
  TEXT,
  /** portreg's JSON: the findings and a count per severity. */
  JSON,
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF;

  /** Leaves the caller's writer open: the caller owns it. */
  static final JsonFactory JSON_FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** The output named {@code text} ({@code text}, {@code json}, {@code sarif}), any case. */
  public static Optional<LintOutput> parse(String text) {
    for (LintOutput o : values()) {
      if (o.name().equalsIgnoreCase(text)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * Writes {@code findings} to {@code out}; does not close it.
   *
   * @param toolVersion portreg's version, for SARIF's tool description
   * @throws UncheckedIOException when writing fails
   */
  public void write(List<Finding> findings, String toolVersion, Writer out) {
    try {
      switch (this) {
        case TEXT -> writeText(findings, out);
        case JSON -> writeJson(findings, out);
        case SARIF -> SarifWriter.write(findings, toolVersion, out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text line of one finding; without a position, {@code file: severity: ...}. */
  public static String line(Finding f) {
    String where = f.hasPosition() ? f.file() + ":" + f.line() + ":" + f.column() : f.file();
    return where + ": " + f.severity().label() + ": [" + f.rule().id() + "] " + f.message();
  }

  private static void writeText(List<Finding> findings, Writer out) throws IOException {
    for (Finding f : findings) {
      out.write(line(f));
      out.write('\n');
    }
  }

  private static void writeJson(List<Finding> findings, Writer out) throws IOException {
    try (JsonGenerator json = JSON_FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", "portreg-lint");
      json.writeNumberField("version", 1);
      json.writeObjectFieldStart("counts");
      for (Severity s : Severity.values()) {
        json.writeNumberField(s.label(), findings.stream().filter(f -> f.severity() == s).count());
      }
      json.writeEndObject();
      json.writeArrayFieldStart("findings");
      for (Finding f : findings) {
        writeJsonFinding(f, json);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeJsonFinding(Finding f, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", f.rule().id());
    json.writeStringField("severity", f.severity().label());
    json.writeStringField("file", f.file());
    if (f.hasPosition()) {
      json.writeNumberField("line", f.line());
      json.writeNumberField("column", Math.max(f.column(), 1));
    }
    json.writeStringField("message", f.message());
    json.writeEndObject();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
