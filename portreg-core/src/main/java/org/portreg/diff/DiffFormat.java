package org.portreg.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Diff} for people (text: a summary, then the changes marked {@code +}, {@code -}
 * and {@code ~}, each changed field as {@code before → after}) or for tools (JSON, the shape
 * documented in {@code docs/diff.md}). Thread-safe, stateless.
 */
public final class DiffFormat {
  /** The value of the JSON's top-level {@code "format"} member. */
  public static final String FORMAT_ID = "portreg-diff";

  /** The version of the JSON shape; bumped only for incompatible changes. */
  public static final int SHAPE_VERSION = 1;

  private DiffFormat() {}

  /** The JSON factory, made on the first JSON diff: a text diff need not set it up. */
  private static final class Json {
    static final JsonFactory FACTORY = new JsonFactory();
  }

  /** The diff as text for people, lines ending in {@code \n}. */
  public static String text(Diff diff) {
    return new DiffText(diff).render();
  }

  /** Writes the diff as pretty-printed UTF-8 JSON to {@code out}; does not close it. */
  public static void writeJson(Diff diff, OutputStream out) {
    try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      new DiffJson(json).write(diff);
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON: " + e.getMessage(), e);
    }
  }
}
