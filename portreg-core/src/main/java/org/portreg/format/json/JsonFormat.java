package org.portreg.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.ProblemCollector;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.SourceText;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.ServiceRecord;

/**
 * The registry as JSON, in the stable shape documented in {@code docs/json-format.md}: every field
 * of the model, rich text as a string or an array of parts, dates as written (YYYY, YYYY-MM or
 * YYYY-MM-DD). Thread-safe, stateless.
 */
public final class JsonFormat {
  /** The format's name. */
  public static final String NAME = "json";

  /** The value of the top-level {@code "format"} member. */
  public static final String FORMAT_ID = "portreg-registry";

  /** The version of the shape; bumped only for incompatible changes. */
  public static final int SHAPE_VERSION = 1;

  /** A string longer than a field may be ({@link ReadOptions#MAX_FIELD_CHARS}) is refused. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(ReadOptions.MAX_FIELD_CHARS).build())
          .build();

  private JsonFormat() {}

  /** Writes the registry as pretty-printed UTF-8 JSON to {@code out}; does not close it. */
  public static void write(Registry registry, OutputStream out) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      new JsonWriter(json).writeRegistry(registry);
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Reads JSON of this shape (gzipped or not). The {@code status} of records is derived, so it is
   * ignored; unknown members are ignored too (the shape only grows).
   *
   * @param source the name of the input, shown in problems as {@code source:line:column}
   * @throws org.portreg.error.RegistryFormatException for malformed JSON, invalid UTF-8, a wrong
   *     {@code format} or {@code version}, and in strict mode for the first bad value
   */
  public static ReadResult read(byte[] bytes, String source, ReadOptions options) {
    byte[] plain = SourceText.gunzipIfNeeded(bytes, source, options.maxInputBytes());
    ProblemCollector problems = new ProblemCollector(source, options);
    // Strict UTF-8 first: from bytes Jackson would guess UTF-16 or UTF-32 and fail outside its own
    // exceptions on impossible code points.
    try (JsonParser json = FACTORY.createParser(SourceText.decodeUtf8(plain, source))) {
      if (json.nextToken() == null) {
        throw problems.fatal(1, 1, "empty input: expected a JSON object", null);
      }
      Registry registry = new JsonReader(problems).registry(JsonTree.readDocument(json));
      return new ReadResult(registry, problems.problems());
    } catch (JsonFields.Skip skipped) {
      throw new RegistryFormatException(problems.problems(), null);
    } catch (JsonProcessingException e) {
      throw malformed(problems, e);
    } catch (IOException e) {
      throw SourceText.ioFailure(source, e);
    }
  }

  /** The problem of malformed JSON, at the place Jackson names. */
  static RegistryFormatException malformed(ProblemCollector problems, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return problems.fatal(
        at == null ? 0 : at.getLineNr(),
        at == null ? 0 : at.getColumnNr(),
        // Jackson appends where an unclosed structure started, naming a redacted source.
        e.getOriginalMessage().replaceFirst("\\s*\\(start marker at .*$", ""),
        e);
  }

  /** The registry as UTF-8 JSON bytes. */
  public static byte[] write(Registry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
    write(registry, out);
    return out.toByteArray();
  }

  /**
   * Writes one record as the documented RECORD object to {@code json}, for adapters (such as the
   * HTTP API) that embed records in their own documents. Does not flush or close the generator.
   */
  public static void writeRecord(ServiceRecord record, JsonGenerator json) throws IOException {
    new JsonWriter(json).writeRecord(record);
  }

  /**
   * One record as the documented RECORD object, compact, on one line: what the HTTP API embeds and
   * what {@code portreg lookup --format json} prints, so both say the same thing the same way.
   */
  public static String recordJson(ServiceRecord record) {
    java.io.StringWriter text = new java.io.StringWriter(256);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      writeRecord(record, json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON: " + e.getMessage(), e);
    }
    return text.toString();
  }

  /** One person as the documented PERSON object, compact, on one line. */
  public static String personJson(Person person) {
    java.io.StringWriter text = new java.io.StringWriter(128);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      writePerson(person, json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON: " + e.getMessage(), e);
    }
    return text.toString();
  }

  /** Writes one person as the documented PERSON object to {@code json}; does not close it. */
  public static void writePerson(Person person, JsonGenerator json) throws IOException {
    new JsonWriter(json).writePerson(person);
  }

  /** Writes a registry header as the documented {@code header} object; does not close it. */
  public static void writeHeader(RegistryHeader header, JsonGenerator json) throws IOException {
    new JsonWriter(json).writeHeader(header);
  }
}
