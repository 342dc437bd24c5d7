package org.portreg.server.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.portreg.format.json.JsonFormat;
import org.portreg.history.Change;
import org.portreg.history.FieldChange;
import org.portreg.index.NameMatch;
import org.portreg.index.RegistryIndex;
import org.portreg.local.AssignmentWriter;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.server.http.JsonBody;

/** The compact JSON answers of the lookup endpoints. Stateless. */
public final class LookupJson {
  private LookupJson() {}

  /**
   * {@code {"port", "transports": [{"transport", "status"}], "records": [...]}}, or for one
   * transport {@code {"port", "transport", "status", "records"}}; with {@code "local": [...]} after
   * the records when local entries hold the port.
   */
  static byte[] port(
      RegistryIndex index, int port, Optional<Transport> transport, List<LocalAssignment> local) {
    return JsonBody.compact(
        json -> {
          json.writeStartObject();
          json.writeNumberField("port", port);
          if (transport.isPresent()) {
            writeStatus(json, index, port, transport.get());
            writeRecords(json, index.lookup(port, transport.get()));
          } else {
            json.writeArrayFieldStart("transports");
            for (Transport t : Transport.values()) {
              json.writeStartObject();
              writeStatus(json, index, port, t);
              json.writeEndObject();
            }
            json.writeEndArray();
            writeRecords(json, index.lookup(port));
          }
          writeLocal(json, local);
          json.writeEndObject();
        });
  }

  /**
   * {@code "local": [...]}, each entry marked {@code "source": "local"} (the OpenAPI {@code
   * LocalEntry}); nothing when there is none, so IANA's answers keep their shape.
   */
  static void writeLocal(JsonGenerator json, List<LocalAssignment> local) throws IOException {
    if (local.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("local");
    for (LocalAssignment a : local) {
      AssignmentWriter.writeMarked(a, json);
    }
    json.writeEndArray();
  }

  private static void writeStatus(JsonGenerator json, RegistryIndex index, int port, Transport t)
      throws IOException {
    json.writeStringField("transport", t.token());
    json.writeStringField("status", statusName(index, port, t));
  }

  /** {@code assigned}, {@code reserved}, {@code unassigned} or {@code dynamic}. */
  public static String statusName(RegistryIndex index, int port, Transport t) {
    return index.status(port, t).name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code {"name", "historicName", "resolvedFromHistoric", "records"}}, with {@code "local"} when
   * local entries have the name; a name only local entries have answers with no record.
   */
  static byte[] service(String name, Optional<NameMatch> match, List<LocalAssignment> local) {
    return JsonBody.compact(
        json -> {
          json.writeStartObject();
          json.writeStringField("name", match.map(NameMatch::name).orElse(name));
          json.writeStringField(
              "historicName", match.flatMap(NameMatch::historicName).orElse(null));
          json.writeBooleanField(
              "resolvedFromHistoric", match.map(NameMatch::isResolvedFromHistoric).orElse(false));
          writeRecords(json, match.map(NameMatch::records).orElse(List.of()));
          writeLocal(json, local);
          json.writeEndObject();
        });
  }

  /** {@code {"transports", "range", "contiguous", "ports": [{"first", "last"}]}}. */
  static byte[] free(
      List<Transport> transports, String range, boolean contiguous, List<PortRange> ports) {
    return JsonBody.compact(
        json -> {
          json.writeStartObject();
          json.writeArrayFieldStart("transports");
          for (Transport t : transports) {
            json.writeString(t.token());
          }
          json.writeEndArray();
          json.writeStringField("range", range);
          json.writeBooleanField("contiguous", contiguous);
          json.writeArrayFieldStart("ports");
          for (PortRange r : ports) {
            json.writeStartObject();
            json.writeNumberField("first", r.first());
            json.writeNumberField("last", r.last());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /** {@code {"query", "changes": [{"date", "kind", "record", "fields"}]}}. */
  static byte[] history(String query, List<Change> changes) {
    return JsonBody.compact(
        json -> {
          json.writeStartObject();
          json.writeStringField("query", query);
          json.writeArrayFieldStart("changes");
          for (Change c : changes) {
            writeChange(json, c);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void writeChange(JsonGenerator json, Change c) throws IOException {
    json.writeStartObject();
    json.writeStringField("date", c.date().toString());
    json.writeStringField("kind", c.kind().name().toLowerCase(Locale.ROOT));
    json.writeFieldName("record");
    JsonFormat.writeRecord(c.record(), json);
    json.writeArrayFieldStart("fields");
    for (FieldChange f : c.fields()) {
      json.writeStartObject();
      json.writeStringField("field", f.field());
      json.writeStringField("before", f.before());
      json.writeStringField("after", f.after());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeRecords(JsonGenerator json, List<ServiceRecord> records)
      throws IOException {
    json.writeArrayFieldStart("records");
    for (ServiceRecord r : records) {
      JsonFormat.writeRecord(r, json);
    }
    json.writeEndArray();
  }
}
