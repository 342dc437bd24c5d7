package org.portreg.server.workflow;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.json.RequestJson;
import org.portreg.server.auth.Principal;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.JsonBody;
import org.portreg.server.http.JsonInput;
import org.portreg.store.Registrar;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.InvalidRequestException;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RequestTarget;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;
import org.portreg.workflow.Violation;

/**
 * The requests API under {@code /api/v1/requests}: submit, validate, list, show, act. Who may do
 * what is the registrar's to decide (it throws {@link
 * org.portreg.error.PermissionDeniedException}); this class only asks for a signed-in user where
 * one is needed and picks what a reader may see. Thread-safe.
 */
public final class RequestsApi {
  private final Workflow workflow;
  private final LocalRequestChecks checks;

  public RequestsApi(Workflow workflow, LocalRequestChecks checks) {
    this.workflow = workflow;
    this.checks = checks;
  }

  /**
   * {@code POST /api/v1/requests}: submit a request (applicant) → 201 with Location. A body with
   * {@code "target": "local"} is a local request: the members of a local entry (docs/local.md).
   */
  public void submit(Context ctx) {
    User applicant = Principal.of(ctx).require(Role.APPLICANT);
    byte[] body = ctx.bodyAsBytes();
    StoredRequest stored =
        LocalBodies.target(body) == RequestTarget.LOCAL
            ? registrar().submitLocal(LocalBodies.entry(body), applicant)
            : registrar().submit(read(body), applicant);
    ctx.header(Header.LOCATION, ApiPaths.PREFIX + "/requests/" + stored.id());
    RequestsJson.send(ctx, 201, full(stored, Principal.of(ctx)));
  }

  /**
   * {@code POST /api/v1/requests/validate}: what the validator says of a request, for the form's
   * live validation. Open to anyone (it changes nothing; the write rate limit bounds it). A local
   * request's entry is valid when it reads; a problem is a 400 naming the member.
   */
  public void validate(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    List<Violation> violations =
        LocalBodies.target(body) == RequestTarget.LOCAL
            ? LocalBodies.valid(body)
            : registrar().validate(read(body));
    ctx.contentType(ApiPaths.JSON);
    ctx.result(
        JsonBody.of(
            json -> {
              json.writeStartObject();
              json.writeBooleanField("valid", violations.isEmpty());
              json.writeFieldName("violations");
              RequestsJson.writeViolations(json, violations);
              json.writeEndObject();
            }));
  }

  /**
   * {@code GET /api/v1/requests[?state=A,B]}: an applicant's own requests, an expert's (or a local
   * expert's) queue too, or every request for an administrator.
   */
  public void list(Context ctx) {
    User user = Principal.of(ctx).requireUser();
    Set<RequestState> states = states(ctx.queryParam("state"));
    Map<Long, StoredRequest> visible = new LinkedHashMap<>();
    if (user.active() && user.hasRole(Role.ADMIN)) {
      registrar().requests(states).forEach(r -> visible.put(r.id(), r));
    }
    registrar().requestsOf(user.username()).forEach(r -> visible.putIfAbsent(r.id(), r));
    registrar().queueFor(user).forEach(r -> visible.putIfAbsent(r.id(), r));
    ObjectNode body = JsonInput.MAPPER.createObjectNode();
    ArrayNode requests = body.putArray("requests");
    visible.values().stream()
        .filter(r -> states.isEmpty() || states.contains(r.state()))
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .forEach(r -> requests.add(RequestsJson.summary(r)));
    RequestsJson.send(ctx, 200, body);
  }

  /**
   * {@code GET /api/v1/requests/{id}}: the public status to anyone; the full request to its
   * applicant, experts and administrators, with the expert's warnings for the last two.
   */
  public void show(Context ctx) {
    StoredRequest stored = find(ctx);
    RequestsJson.send(ctx, 200, full(stored, Principal.of(ctx)));
  }

  /** {@code POST /api/v1/requests/{id}/actions} {@code {"action", "reason"}} → the request. */
  public void act(Context ctx) {
    User actor = Principal.of(ctx).requireUser();
    StoredRequest stored = find(ctx);
    JsonInput body = JsonInput.of(ctx);
    RequestAction action = action(body.textOrEmpty("action"));
    String reason = requireReason(stored.request().serviceName(), body);
    StoredRequest after = registrar().act(stored.id(), action, actor, reason);
    RequestsJson.send(ctx, 200, full(after, Principal.of(ctx)));
  }

  /**
   * The request as {@code reader} may see it: the expert's warnings for a reviewer of a request to
   * IANA; what {@code check} says of a local request's entry for its reviewers and its applicant.
   */
  private ObjectNode full(StoredRequest stored, Principal reader) {
    boolean reviewer = reader.reviews(stored);
    boolean local = stored.isLocal();
    boolean seesCheck = local && (reviewer || reader.isApplicant(stored));
    return RequestsJson.request(
        stored,
        registrar().events(stored.id()),
        reader.seesPrivateData(stored),
        reviewer && !local ? registrar().warnings(stored.request()) : null,
        seesCheck ? checks.of(stored).orElse(null) : null);
  }

  private StoredRequest find(Context ctx) {
    long id = parseId(ctx.pathParam("id"));
    return registrar().request(id).orElseThrow(() -> new NotFoundException("no request #" + id));
  }

  private static long parseId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("a request id is a number, was '" + text + "'", e);
    }
  }

  /** A reason for a decision; blank is a broken rule of the request (422), named like others. */
  static String requireReason(String serviceName, JsonInput body) {
    String reason = body.textOrEmpty("reason");
    if (reason.isBlank()) {
      throw new InvalidRequestException(
          serviceName, List.of(new Violation("reason", "required", "reason must not be blank")));
    }
    return reason.strip();
  }

  private static RequestAction action(String name) {
    try {
      return RequestAction.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "action must be one of " + List.of(RequestAction.values()) + ", was '" + name + "'", e);
    }
  }

  private static Set<RequestState> states(String query) {
    Set<RequestState> states = EnumSet.noneOf(RequestState.class);
    if (query == null || query.isBlank()) {
      return states;
    }
    for (String name : query.split(",", -1)) {
      try {
        states.add(RequestState.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "state must be among " + List.of(RequestState.values()) + ", was '" + name + "'", e);
      }
    }
    return states;
  }

  /**
   * The request in the body. Malformed JSON is the client's to fix (400), with the member named.
   */
  private static AssignmentRequest read(byte[] body) {
    try {
      return RequestJson.read(body, "request body");
    } catch (RegistryFormatException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
  }

  private Registrar registrar() {
    return workflow.registrar();
  }
}
