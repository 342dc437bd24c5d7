package org.portreg.cli.workflow;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.portreg.format.json.JsonFormat;
import org.portreg.format.json.RequestJson;
import org.portreg.local.AssignmentWriter;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalRequests;
import org.portreg.local.Verdict;
import org.portreg.local.VerdictJson;
import org.portreg.model.ServiceRecord;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.Warning;

/**
 * Stored requests as JSON: {@code {"id", "target", "state", "applicant", "submittedAt",
 * "updatedAt", "outcome"?, "request": REQUEST}} with REQUEST in the shape of {@link RequestJson}
 * (of a local request, the local entry as {@code local import} reads it, and {@code "check"}), and
 * for {@code show} also {@code "events"} and, for a reviewer, {@code "warnings"}. Not thread-safe:
 * one per output.
 */
final class RequestDocuments implements AutoCloseable {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final JsonGenerator json;

  RequestDocuments(OutputStream out) throws IOException {
    json = FACTORY.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(new DefaultPrettyPrinter());
  }

  /** Writes one request. */
  void request(StoredRequest r) throws IOException {
    request(r, Optional.empty());
  }

  /** Writes one request and, for a local one, what {@code check} says of its entry. */
  void request(StoredRequest r, Optional<Verdict> check) throws IOException {
    json.writeStartObject();
    fields(r);
    check(check);
    json.writeEndObject();
  }

  /** {@code "check": {"result", "verdicts": [VERDICT]}}, in the shape of {@code portreg check}. */
  private void check(Optional<Verdict> check) throws IOException {
    if (check.isPresent()) {
      json.writeFieldName("check");
      VerdictJson.write(List.of(check.get()), check.get().fails(false), json);
    }
  }

  /** Writes the requests as an array. */
  void requests(List<StoredRequest> requests) throws IOException {
    json.writeStartArray();
    for (StoredRequest r : requests) {
      request(r);
    }
    json.writeEndArray();
  }

  /**
   * Writes one request with its history and, for a reviewer, the warnings for the expert (of a
   * local request, what {@code check} says of its entry).
   */
  void details(
      StoredRequest r,
      List<RequestEvent> events,
      Optional<List<Warning>> warnings,
      Optional<Verdict> check)
      throws IOException {
    json.writeStartObject();
    fields(r);
    check(check);
    json.writeArrayFieldStart("events");
    for (RequestEvent e : events) {
      event(e);
    }
    json.writeEndArray();
    if (warnings.isPresent()) {
      json.writeArrayFieldStart("warnings");
      for (Warning w : warnings.get()) {
        warning(w);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private void fields(StoredRequest r) throws IOException {
    json.writeNumberField("id", r.id());
    json.writeStringField("target", r.target().word());
    json.writeStringField("state", r.state().name());
    json.writeStringField("applicant", r.applicant());
    json.writeStringField("submittedAt", r.submittedAt().toString());
    json.writeStringField("updatedAt", r.updatedAt().toString());
    if (r.outcome().isPresent()) {
      json.writeStringField("outcome", r.outcome().get());
    }
    json.writeFieldName("request");
    Optional<LocalAssignment> entry = LocalRequests.entry(r);
    if (entry.isPresent()) {
      AssignmentWriter.write(entry.get(), json);
    } else {
      RequestJson.write(r.request(), json);
    }
  }

  private void event(RequestEvent e) throws IOException {
    json.writeStartObject();
    json.writeStringField("action", e.action());
    json.writeStringField("actor", e.actor());
    json.writeStringField("role", e.role());
    if (e.from().isPresent()) {
      json.writeStringField("from", e.from().get().name());
    }
    json.writeStringField("to", e.to().name());
    json.writeStringField("reason", e.reason());
    json.writeStringField("at", e.at().toString());
    json.writeEndObject();
  }

  private void warning(Warning w) throws IOException {
    json.writeStartObject();
    json.writeStringField("code", w.code().name());
    json.writeStringField("message", w.message());
    json.writeArrayFieldStart("related");
    for (ServiceRecord record : w.related()) {
      JsonFormat.writeRecord(record, json);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Ends the output with a newline and flushes it; the stream stays open. */
  @Override
  public void close() throws IOException {
    json.writeRaw('\n');
    json.close();
  }
}
