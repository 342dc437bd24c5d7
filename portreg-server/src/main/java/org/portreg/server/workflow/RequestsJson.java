package org.portreg.server.workflow;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.portreg.format.json.JsonFormat;
import org.portreg.format.json.RequestJson;
import org.portreg.local.Verdict;
import org.portreg.local.VerdictJson;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.JsonBody;
import org.portreg.server.http.JsonInput;
import org.portreg.store.IssuedToken;
import org.portreg.workflow.AuditEntry;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;
import org.portreg.workflow.Violation;
import org.portreg.workflow.Warning;

/**
 * The JSON shapes of the requests API: violations, requests (full and public), events, warnings,
 * registry changes, users, tokens and audit entries. Requests embed the request JSON of {@link
 * RequestJson}, or for a local request its local entry (docs/local.md). Stateless.
 */
public final class RequestsJson {
  /**
   * The members of a request anyone may read: what is asked for, never who asks (assignee, contact,
   * e-mail addresses) or the private notes. A whitelist, so a member added later stays private.
   */
  static final Set<String> PUBLIC_MEMBERS =
      Set.of("serviceName", "transports", "port", "description", "references");

  /**
   * The members of a local request's entry anyone may read: what is asked for and by which team,
   * never the contact or the notes (the local registry's pages show them once it is assigned).
   */
  static final Set<String> PUBLIC_LOCAL_MEMBERS =
      Set.of(
          "name",
          "ports",
          "transports",
          "owner",
          "scope",
          "tags",
          "description",
          "since",
          "expires");

  private RequestsJson() {}

  /** {@code [{field, rule, message}, ...]}. */
  public static void writeViolations(JsonGenerator json, List<Violation> violations)
      throws IOException {
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

  /**
   * A request with its history; {@code full} adds the applicant and the private members of the
   * request; {@code warnings}, when not null, are the expert's warnings; {@code check}, when not
   * null, what {@code portreg check} says of a local request's entry.
   */
  static ObjectNode request(
      StoredRequest stored,
      List<RequestEvent> events,
      boolean full,
      List<Warning> warnings,
      Verdict check) {
    ObjectNode node = JsonInput.MAPPER.createObjectNode();
    node.put("id", stored.id());
    node.put("view", full ? "full" : "public");
    node.put("target", stored.target().word());
    node.put("state", stored.state().name());
    if (full) {
      node.put("applicant", stored.applicant());
    }
    node.put("submittedAt", stored.submittedAt().toString());
    node.put("updatedAt", stored.updatedAt().toString());
    stored.outcome().ifPresent(o -> node.put("outcome", o));
    ObjectNode request = requestBody(stored);
    if (!full) {
      request.retain(stored.isLocal() ? PUBLIC_LOCAL_MEMBERS : PUBLIC_MEMBERS);
    }
    node.set("request", request);
    node.set("events", events(events));
    if (warnings != null) {
      node.set("warnings", warnings(warnings));
    }
    if (check != null) {
      node.set("check", check(check));
    }
    return node;
  }

  /** {@code {"result", "verdicts": [VERDICT]}}: the shape of {@code GET /api/v1/check}. */
  private static JsonNode check(Verdict verdict) {
    return parse(
        JsonBody.compact(json -> VerdictJson.write(List.of(verdict), verdict.fails(false), json)));
  }

  /** A request in a list: no history, the full request (lists show only what the user may see). */
  static ObjectNode summary(StoredRequest stored) {
    ObjectNode node = JsonInput.MAPPER.createObjectNode();
    node.put("id", stored.id());
    node.put("target", stored.target().word());
    node.put("state", stored.state().name());
    node.put("applicant", stored.applicant());
    node.put("serviceName", stored.request().serviceName());
    node.put("submittedAt", stored.submittedAt().toString());
    node.put("updatedAt", stored.updatedAt().toString());
    stored.outcome().ifPresent(o -> node.put("outcome", o));
    node.set("request", requestBody(stored));
    return node;
  }

  /** The request JSON, or a local request's entry as the local registry's files hold it. */
  private static ObjectNode requestBody(StoredRequest stored) {
    try {
      return (ObjectNode)
          JsonInput.MAPPER.readTree(
              stored.localEntry().isPresent()
                  ? stored.localEntry().get().getBytes(StandardCharsets.UTF_8)
                  : RequestJson.write(stored.request()));
    } catch (IOException e) {
      throw new UncheckedIOException("re-reading request JSON: " + e.getMessage(), e);
    }
  }

  private static ArrayNode events(List<RequestEvent> events) {
    ArrayNode array = JsonInput.MAPPER.createArrayNode();
    for (RequestEvent e : events) {
      ObjectNode node = array.addObject();
      node.put("action", e.action());
      node.put("actor", e.actor());
      node.put("role", e.role());
      e.from().ifPresent(from -> node.put("from", from.name()));
      node.put("to", e.to().name());
      node.put("reason", e.reason());
      node.put("at", e.at().toString());
    }
    return array;
  }

  private static ArrayNode warnings(List<Warning> warnings) {
    ArrayNode array = JsonInput.MAPPER.createArrayNode();
    for (Warning w : warnings) {
      ObjectNode node = array.addObject();
      node.put("code", w.code().name());
      node.put("message", w.message());
      node.set("related", records(w.related()));
    }
    return array;
  }

  /** A lifecycle operation's result: action, summary, records before and after. */
  static ObjectNode change(RegistryChange change) {
    ObjectNode node = JsonInput.MAPPER.createObjectNode();
    node.put("action", change.action().name());
    node.put("summary", change.summary());
    node.put("updated", change.registry().header().updated().toString());
    node.set("before", records(change.before()));
    node.set("after", records(change.after()));
    return node;
  }

  private static ArrayNode records(List<ServiceRecord> records) {
    ArrayNode array = JsonInput.MAPPER.createArrayNode();
    for (ServiceRecord r : records) {
      array.add(parse(JsonBody.compact(json -> JsonFormat.writeRecord(r, json))));
    }
    return array;
  }

  /** A user, with the e-mail address (only administrators and the user see users). */
  static ObjectNode user(User user) {
    ObjectNode node = JsonInput.MAPPER.createObjectNode();
    node.put("username", user.username());
    node.put("displayName", user.displayName());
    node.put("email", user.email());
    ArrayNode roles = node.putArray("roles");
    user.roles().forEach(r -> roles.add(r.word()));
    ArrayNode expertFor = node.putArray("expertFor");
    user.expertFor().stream().map(Transport::token).forEach(expertFor::add);
    node.put("active", user.active());
    node.put("createdAt", user.createdAt().toString());
    return node;
  }

  /** A token as issued: the only time its secret is shown. */
  static ObjectNode token(IssuedToken token, String username) {
    ObjectNode node = JsonInput.MAPPER.createObjectNode();
    node.put("id", token.id());
    node.put("username", username);
    node.put("label", token.label());
    node.put("secret", token.secret());
    node.put("createdAt", token.createdAt().toString());
    return node;
  }

  /** An audit entry; before and after are the stored JSON, embedded as JSON. */
  static ObjectNode audit(AuditEntry entry) {
    ObjectNode node = JsonInput.MAPPER.createObjectNode();
    node.put("id", entry.id());
    node.put("at", entry.at().toString());
    node.put("actor", entry.actor());
    node.put("action", entry.action());
    node.put("target", entry.target());
    node.put("reason", entry.reason());
    node.set("before", parseOrText(entry.before()));
    node.set("after", parseOrText(entry.after()));
    return node;
  }

  private static JsonNode parseOrText(String text) {
    try {
      return JsonInput.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      // Older entries may hold plain text; show it as it is rather than fail the whole log.
      return JsonInput.MAPPER.getNodeFactory().textNode(text);
    }
  }

  private static JsonNode parse(byte[] json) {
    try {
      return JsonInput.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code node} as pretty-printed JSON with {@code status}. */
  static void send(Context ctx, int status, JsonNode node) {
    try {
      ctx.status(status);
      ctx.contentType(ApiPaths.JSON);
      ctx.result(JsonInput.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
