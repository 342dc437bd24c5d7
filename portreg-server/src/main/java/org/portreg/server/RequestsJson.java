package org.portreg.server;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.portreg.workflow.Violation;

/** The JSON shapes of the requests API: violations, requests, events, users. Stateless. */
final class RequestsJson {
  private RequestsJson() {}

  /** {@code [{field, rule, message}, ...]}. */
  static void writeViolations(JsonGenerator json, List<Violation> violations) throws IOException {
    json.writeStartArray();
    for (Violation v : violations) {
      json.writeStartObject();
      json.writeStringField("field", v.field());
      json.writeStringField("rule", v.rule());
      json.writeStringField("message", v.message());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
