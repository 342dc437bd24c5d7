package org.portreg.format.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import org.portreg.workflow.RevocationComment;
import org.portreg.workflow.RevocationProposal;

/**
 * Proposed revocations (RFC 6335 §8.4) and their comments as JSON, one shape for the API ({@code
 * /api/v1/revocations}) and {@code portreg service revocations --format json}: {@code {"id",
 * "service", "records", "reason", "proposedBy", "proposedAt", "endsOn", "state", "takesComments",
 * "mayRevoke", "daysLeft", "commentCount", "closedBy"?, "closedAt"?, "closeReason"?, "href"}} and
 * {@code {"id", "author", "at", "text"}}. Stateless.
 */
public final class RevocationJson {
  private RevocationJson() {}

  /** One proposal, with what {@code today} means for it. */
  public static void write(JsonGenerator json, RevocationProposal p, LocalDate today)
      throws IOException {
    json.writeStartObject();
    json.writeNumberField("id", p.id());
    json.writeStringField("service", p.serviceName());
    json.writeStringField("records", p.records());
    json.writeStringField("reason", p.reason());
    json.writeStringField("proposedBy", p.proposedBy());
    json.writeStringField("proposedAt", p.proposedAt().toString());
    json.writeStringField("endsOn", p.endsOn().toString());
    json.writeStringField("state", p.state().word());
    json.writeBooleanField("takesComments", p.takesComments(today));
    json.writeBooleanField("mayRevoke", p.mayRevoke(today));
    json.writeNumberField("daysLeft", p.daysLeft(today));
    json.writeNumberField("commentCount", p.comments());
    if (p.closure().isPresent()) {
      RevocationProposal.Closure closure = p.closure().get();
      json.writeStringField("closedBy", closure.by());
      json.writeStringField("closedAt", closure.at().toString());
      json.writeStringField("closeReason", closure.reason());
    }
    json.writeStringField("href", "/revocations/" + p.id());
    json.writeEndObject();
  }

  /** One comment. */
  public static void write(JsonGenerator json, RevocationComment c) throws IOException {
    json.writeStartObject();
    json.writeNumberField("id", c.id());
    json.writeStringField("author", c.author());
    json.writeStringField("at", c.at().toString());
    json.writeStringField("text", c.text());
    json.writeEndObject();
  }
}
