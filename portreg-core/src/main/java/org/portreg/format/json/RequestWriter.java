package org.portreg.format.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.PortChoice;

/** Writes an {@link AssignmentRequest} in the shape of {@link RequestJson}. One per write. */
final class RequestWriter {
  private final JsonGenerator json;

  RequestWriter(JsonGenerator json) {
    this.json = json;
  }

  void writeRequest(AssignmentRequest r) throws IOException {
    json.writeStartObject();
    json.writeStringField("serviceName", r.serviceName());
    json.writeArrayFieldStart("transports");
    for (Transport transport : r.transports()) {
      json.writeString(transport.token());
    }
    json.writeEndArray();
    contact("assignee", r.assignee());
    contact("contact", r.contact());
    json.writeStringField("description", r.description());
    new JsonWriter(json).xrefs("references", r.references());
    json.writeFieldName("port");
    port(r.port());
    if (r.serviceCode().isPresent()) {
      json.writeNumberField("serviceCode", r.serviceCode().get());
    }
    optional("unauthorizedUses", r.unauthorizedUses());
    optional("assignmentNotes", r.assignmentNotes());
    optional("broadcastUse", r.broadcastUse());
    optional("congestionControl", r.congestionControl());
    json.writeEndObject();
  }

  private void contact(String field, Optional<Contact> contact) throws IOException {
    if (contact.isEmpty()) {
      return;
    }
    Contact c = contact.get();
    json.writeObjectFieldStart(field);
    json.writeStringField("id", c.id());
    json.writeStringField("name", c.name());
    optional("organization", c.organization());
    json.writeStringField("uri", c.uri());
    json.writeEndObject();
  }

  private void port(PortChoice port) throws IOException {
    if (port instanceof PortChoice.Specific specific) {
      json.writeNumber(specific.port());
    } else if (port instanceof PortChoice.Any any) {
      json.writeString(any.space() == PortSpace.SYSTEM ? "any-system" : "any-user");
    } else {
      json.writeNull();
    }
  }

  private void optional(String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    }
  }
}
