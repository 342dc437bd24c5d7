package org.portreg.cli.local;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.portreg.cli.common.WordWrap;
import org.portreg.error.InvalidInputException;
import org.portreg.local.Finding;
import org.portreg.local.Verdict;
import org.portreg.local.VerdictJson;

/** Prints {@code check} verdicts as text or JSON. Stateless. */
final class VerdictOutput {
  private VerdictOutput() {}

  /** Made on first use: text output, the cold path's usual, never loads the JSON writer. */
  private static final class Json {
    static final JsonFactory FACTORY = new JsonFactory();

    private Json() {}
  }

  /** Whether {@code format} is {@code json}; {@code text} is the default. */
  static boolean isJson(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> true;
      case "text" -> false;
      default ->
          throw new InvalidInputException("--format must be text or json, was '" + format + "'");
    };
  }

  /**
   * One block per item: {@code ITEM: STATUS}, then one indented line per reason; fitted to {@code
   * width} ({@link WordWrap#fit}: a long reason wraps on words with a hanging indent), unchanged
   * for a pipe or a file.
   */
  static void text(List<Verdict> verdicts, PrintWriter out, int width) {
    StringBuilder text = new StringBuilder();
    for (Verdict v : verdicts) {
      text.append(v.item()).append(": ").append(v.status()).append('\n');
      for (Finding f : v.findings()) {
        text.append("  ").append(f.severity().word()).append(": ").append(f.message()).append('\n');
      }
    }
    out.print(WordWrap.fit(text.toString(), width));
  }

  /** {@code {"verdicts": [{"item", "status", "findings": [...]}]}}. */
  static void json(List<Verdict> verdicts, boolean fails, PrintWriter out) {
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      VerdictJson.write(verdicts, fails, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
