package org.portreg.local;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The one JSON shape of check verdicts, written by {@code portreg check --format json} and {@code
 * GET /api/v1/check} alike: {@code {"result": "clear"|"conflict", "verdicts": [{"item", "status",
 * "findings": [{"severity", "kind", "message", "key"}]}]}}. Stateless.
 */
public final class VerdictJson {
  private VerdictJson() {}

  /**
   * Writes {@code verdicts} as one JSON object.
   *
   * @param fails whether any verdict counts as a conflict (the caller decides strictness)
   */
  public static void write(List<Verdict> verdicts, boolean fails, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("result", fails ? "conflict" : "clear");
    g.writeArrayFieldStart("verdicts");
    for (Verdict v : verdicts) {
      g.writeStartObject();
      g.writeStringField("item", v.item());
      g.writeStringField("status", v.status());
      g.writeArrayFieldStart("findings");
      for (Finding f : v.findings()) {
        g.writeStartObject();
        g.writeStringField("severity", f.severity().word());
        g.writeStringField("kind", f.kind().word());
        g.writeStringField("message", f.message());
        g.writeStringField("key", f.key());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
