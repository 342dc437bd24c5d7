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
import org.portreg.model.ServiceRecord;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.Warning;

/**
 * Stored requests as JSON: {@code {"id", "state", "applicant", "submittedAt", "updatedAt",
 * "outcome"?, "request": REQUEST}} with REQUEST in the shape of {@link RequestJson}, and for {@code
 * show} also {@code "events"} and, for a reviewer, {@code "warnings"}. Not thread-safe: one per
 * output.
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
    json.writeStartObject();
    fields(r);
    json.writeEndObject();
  }

  /** Writes the requests as an array. */
  void requests(List<StoredRequest> requests) throws IOException {
    json.writeStartArray();
    for (StoredRequest r : requests) {
      request(r);
    }
    json.writeEndArray();
  }

  /** Writes one request with its history and, for a reviewer, the warnings for the expert. */
  void details(StoredRequest r, List<RequestEvent> events, Optional<List<Warning>> warnings)
      throws IOException {
    json.writeStartObject();
    fields(r);
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
    json.writeStringField("state", r.state().name());
    json.writeStringField("applicant", r.applicant());
    json.writeStringField("submittedAt", r.submittedAt().toString());
    json.writeStringField("updatedAt", r.updatedAt().toString());
    if (r.outcome().isPresent()) {
      json.writeStringField("outcome", r.outcome().get());
    }
    json.writeFieldName("request");
    RequestJson.write(r.request(), json);
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
