package org.portreg.server.workflow;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.error.RegistryFormatException;
import org.portreg.format.json.RequestJson;
import org.portreg.model.Transport;
import org.portreg.notify.NotifyPreference;
import org.portreg.server.auth.Principal;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.JsonInput;
import org.portreg.store.IssuedToken;
import org.portreg.store.Notifications;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.Modification;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.Role;
import org.portreg.workflow.TransferAuthority;
import org.portreg.workflow.User;

/**
 * The administration API: lifecycle operations on assigned services (de-assign, revoke, transfer,
 * modify), users, API tokens and the audit log. Everything but issuing one's own token is for
 * administrators. Contacts and references use the shapes of the request JSON ({@link RequestJson}).
 * Thread-safe.
 */
public final class AdminApi {
  /** The audit entries shown when the client does not say how many. */
  static final int DEFAULT_AUDIT_LIMIT = 100;

  private final Workflow workflow;

  public AdminApi(Workflow workflow) {
    this.workflow = workflow;
  }

  /** {@code POST /api/v1/services/{name}/deassign} {@code {transport?, reason}}. */
  public void deassign(Context ctx) {
    User admin = Principal.of(ctx).require(Role.ADMIN);
    String name = ctx.pathParam("name");
    JsonInput body = JsonInput.of(ctx);
    Optional<Transport> transport = body.text("transport").map(AdminApi::transport);
    String reason = RequestsApi.requireReason(name, body);
    sendChange(ctx, workflow.registrar().deassign(name, transport, admin, reason));
  }

  /**
   * {@code POST /api/v1/services/{name}/revoke} {@code {reason}}: revokes the service once the
   * comment period of its open revocation proposal has ended (409 before, or without a proposal).
   * The deprecated {@code commentPeriodEnd} of earlier versions is ignored: the proposal's end date
   * decides.
   */
  public void revoke(Context ctx) {
    User admin = Principal.of(ctx).require(Role.ADMIN);
    String name = ctx.pathParam("name");
    JsonInput body = JsonInput.of(ctx);
    String reason = RequestsApi.requireReason(name, body);
    sendChange(ctx, workflow.registrar().revoke(name, admin, reason));
  }

  /**
   * {@code POST /api/v1/services/{name}/transfer} {@code {assignee, contact, consentOf | override,
   * reason}}: {@code consentOf} names the current assignee who agreed; {@code override} is the
   * administrator's written reason for transferring without them.
   */
  public void transfer(Context ctx) {
    User admin = Principal.of(ctx).require(Role.ADMIN);
    String name = ctx.pathParam("name");
    JsonInput body = JsonInput.of(ctx);
    AssignmentRequest parts = parts(name, body);
    TransferAuthority authority = authority(body);
    String reason = RequestsApi.requireReason(name, body);
    Contact assignee = parts.assignee().orElseThrow(() -> missing("assignee"));
    Contact contact = parts.contact().orElseThrow(() -> missing("contact"));
    sendChange(
        ctx, workflow.registrar().transfer(name, assignee, contact, authority, admin, reason));
  }

  /** {@code POST /api/v1/services/{name}/modify} {@code {contact?, description?, references?}}. */
  public void modify(Context ctx) {
    User admin = Principal.of(ctx).require(Role.ADMIN);
    String name = ctx.pathParam("name");
    JsonInput body = JsonInput.of(ctx);
    AssignmentRequest parts = parts(name, body);
    Modification modification =
        new Modification(
            parts.contact(),
            body.text("description"),
            body.has("references") ? Optional.of(parts.references()) : Optional.empty());
    String reason = RequestsApi.requireReason(name, body);
    sendChange(ctx, workflow.registrar().modify(name, modification, admin, reason));
  }

  /** {@code GET /api/v1/users}: every user. */
  public void users(Context ctx) {
    Principal.of(ctx).require(Role.ADMIN);
    ObjectNode body = JsonInput.MAPPER.createObjectNode();
    ArrayNode users = body.putArray("users");
    workflow.accounts().users().forEach(u -> users.add(RequestsJson.user(u)));
    RequestsJson.send(ctx, 200, body);
  }

  /**
   * {@code POST /api/v1/users} {@code {username, displayName, email, password?, roles, expertFor?}}
   * → 201 with Location.
   */
  public void addUser(Context ctx) {
    User admin = Principal.of(ctx).require(Role.ADMIN);
    JsonInput body = JsonInput.of(ctx);
    NewUser user =
        new NewUser(
            body.textOrEmpty("username"),
            body.textOrEmpty("displayName"),
            body.textOrEmpty("email"),
            body.text("password"),
            body.roles("roles").orElse(Set.of()),
            body.transports("expertFor").orElse(Set.of()));
    User created = workflow.accounts().createUser(user, admin.username());
    ctx.header(Header.LOCATION, ApiPaths.PREFIX + "/users/" + created.username());
    RequestsJson.send(ctx, 201, RequestsJson.user(created));
  }

  /** {@code PATCH /api/v1/users/{username}} {@code {roles?, expertFor?, active?}}. */
  public void updateUser(Context ctx) {
    User admin = Principal.of(ctx).require(Role.ADMIN);
    String username = ctx.pathParam("username");
    User current =
        workflow
            .accounts()
            .user(username)
            .orElseThrow(() -> new NotFoundException("no user '" + username + "'"));
    JsonInput body = JsonInput.of(ctx);
    User updated =
        workflow
            .accounts()
            .updateUser(
                current.username(),
                body.roles("roles").orElse(current.roles()),
                body.transports("expertFor").orElse(current.expertFor()),
                body.bool("active").orElse(current.active()),
                admin.username());
    Notifications notifications = workflow.notifications();
    body.text("notify")
        .map(NotifyPreference::parse)
        .ifPresent(p -> notifications.setPreference(username, p, admin.username()));
    ObjectNode answer = RequestsJson.user(updated);
    answer.put("notify", notifications.preference(username).word());
    RequestsJson.send(ctx, 200, answer);
  }

  /** {@code POST /api/v1/tokens} {@code {label}}: a token for the signed-in user; secret once. */
  public void issueToken(Context ctx) {
    User user = Principal.of(ctx).requireUser();
    String label = JsonInput.of(ctx).text("label").orElse("api").strip();
    IssuedToken token = workflow.accounts().issueToken(user.username(), label, user.username());
    ctx.header("Cache-Control", "no-store");
    RequestsJson.send(ctx, 201, RequestsJson.token(token, user.username()));
  }

  /** {@code GET /api/v1/audit[?limit=N]}: the newest audit entries, newest first. */
  public void audit(Context ctx) {
    Principal.of(ctx).require(Role.ADMIN);
    int limit = limit(ctx.queryParam("limit"));
    ObjectNode body = JsonInput.MAPPER.createObjectNode();
    ArrayNode entries = body.putArray("entries");
    workflow.registrar().audit(limit).forEach(e -> entries.add(RequestsJson.audit(e)));
    RequestsJson.send(ctx, 200, body);
  }

  private static void sendChange(Context ctx, RegistryChange change) {
    RequestsJson.send(ctx, 200, RequestsJson.change(change));
  }

  /** Contacts and references read with the request JSON's own reader, so the shapes are one. */
  private static AssignmentRequest parts(String name, JsonInput body) {
    ObjectNode request = JsonInput.MAPPER.createObjectNode();
    request.put("serviceName", name);
    for (String member : new String[] {"assignee", "contact", "references"}) {
      if (body.has(member)) {
        request.set(member, body.object().get(member));
      }
    }
    try {
      return RequestJson.read(JsonInput.MAPPER.writeValueAsBytes(request), "request body");
    } catch (RegistryFormatException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
  }

  private static TransferAuthority authority(JsonInput body) {
    Optional<String> override = body.text("override");
    if (override.isPresent()) {
      return new TransferAuthority.AdministratorOverride(override.get());
    }
    return new TransferAuthority.ByAssignee(
        body.text("consentOf")
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "a transfer needs consentOf (the current assignee's id) or override"
                            + " (why the assignee cannot be reached)")));
  }

  private static Transport transport(String token) {
    return Transport.parse(token)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "transport: unknown transport '" + token + "' (tcp, udp, sctp, dccp)"));
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_AUDIT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= 1000) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // Falls through to the one message for every bad limit.
    }
    throw new InvalidInputException("limit must be a number in 1..1000, was '" + text + "'");
  }

  private static InvalidInputException missing(String member) {
    return new InvalidInputException(member + " is required");
  }
}
