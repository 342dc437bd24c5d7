package org.portreg.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds JSON response bodies with jackson-core's streaming generator. Thread-safe. */
public final class JsonBody {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Writes one JSON value. */
  @FunctionalInterface
  public interface Writer {
    void write(JsonGenerator json) throws IOException;
  }

  private JsonBody() {}

  /** The UTF-8 bytes {@code writer} produces, pretty-printed, followed by a newline. */
  public static byte[] of(Writer writer) {
    return write(writer, true);
  }

  /** The UTF-8 bytes {@code writer} produces without any white space, for hot endpoints. */
  public static byte[] compact(Writer writer) {
    return write(writer, false);
  }

  private static byte[] write(Writer writer, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(pretty ? 4096 : 512);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      writer.write(json);
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
