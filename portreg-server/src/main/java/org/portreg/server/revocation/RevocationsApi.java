package org.portreg.server.revocation;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.format.json.RevocationJson;
import org.portreg.server.auth.Principal;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.JsonBody;
import org.portreg.server.http.JsonInput;
import org.portreg.workflow.CommentPeriod;
import org.portreg.workflow.InvalidRequestException;
import org.portreg.workflow.RevocationComment;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.RevocationState;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;
import org.portreg.workflow.Violation;

/**
 * {@code /api/v1/revocations}: proposed revocations and their comments (public to read; comments by
 * any signed-in user), and {@code POST /api/v1/services/{name}/revocation} (admin) to propose one.
 * Thread-safe.
 */
public final class RevocationsApi {
  private final Workflow workflow;

  public RevocationsApi(Workflow workflow) {
    this.workflow = workflow;
  }

  /** {@code GET /api/v1/revocations[?state=open|withdrawn|revoked]}: open first, then closed. */
  public void list(Context ctx) {
    Optional<RevocationState> state =
        Optional.ofNullable(ctx.queryParam("state")).map(RevocationState::parse);
    List<RevocationProposal> all =
        workflow.revocations().list().stream()
            .filter(p -> state.isEmpty() || p.state() == state.get())
            .toList();
    LocalDate today = workflow.revocations().today();
    send(
        ctx,
        200,
        JsonBody.of(
            json -> {
              json.writeStartObject();
              json.writeStringField("today", today.toString());
              json.writeArrayFieldStart("revocations");
              for (RevocationProposal p : all) {
                RevocationJson.write(json, p, today);
              }
              json.writeEndArray();
              json.writeEndObject();
            }));
  }

  /** {@code GET /api/v1/revocations/{id}}: the proposal with its comments, oldest first. */
  public void show(Context ctx) {
    RevocationProposal p = find(workflow, ctx.pathParam("id"));
    List<RevocationComment> comments = workflow.revocations().comments(p.id());
    LocalDate today = workflow.revocations().today();
    send(
        ctx,
        200,
        JsonBody.of(
            json -> {
              json.writeStartObject();
              json.writeFieldName("revocation");
              RevocationJson.write(json, p, today);
              json.writeArrayFieldStart("comments");
              for (RevocationComment c : comments) {
                RevocationJson.write(json, c);
              }
              json.writeEndArray();
              json.writeEndObject();
            }));
  }

  /** {@code POST /api/v1/revocations/{id}/comments {"text"}}: a signed-in user's comment → 201. */
  public void comment(Context ctx) {
    User user = Principal.of(ctx).requireUser();
    long id = find(workflow, ctx.pathParam("id")).id();
    String text = JsonInput.of(ctx).textOrEmpty("text");
    RevocationComment said = workflow.revocations().comment(id, user, text);
    ctx.header(Header.LOCATION, ApiPaths.PREFIX + "/revocations/" + id);
    send(ctx, 201, JsonBody.of(json -> RevocationJson.write(json, said)));
  }

  /**
   * {@code POST /api/v1/services/{name}/revocation {"reason", "days"? | "until"?}}: proposes the
   * revocation (admin) → 201 with Location; 30 days without either.
   */
  public void propose(Context ctx) {
    User admin = Principal.of(ctx).require(Role.ADMIN);
    String name = ctx.pathParam("name");
    JsonInput body = JsonInput.of(ctx);
    CommentPeriod period =
        period(body.integer("days"), body.text("until").map(RevocationsApi::date));
    String reason = requireReason(name, body);
    RevocationProposal p = workflow.revocations().propose(name, period, admin, reason);
    ctx.header(Header.LOCATION, ApiPaths.PREFIX + "/revocations/" + p.id());
    sendProposal(ctx, 201, p);
  }

  /** {@code POST /api/v1/revocations/{id}/withdraw {"reason"}}: closes the proposal (admin). */
  public void withdraw(Context ctx) {
    User admin = Principal.of(ctx).require(Role.ADMIN);
    RevocationProposal p = find(workflow, ctx.pathParam("id"));
    String reason = requireReason(p.serviceName(), JsonInput.of(ctx));
    sendProposal(ctx, 200, workflow.revocations().withdraw(p.id(), admin, reason));
  }

  private void sendProposal(Context ctx, int status, RevocationProposal p) {
    LocalDate today = workflow.revocations().today();
    send(ctx, status, JsonBody.of(json -> RevocationJson.write(json, p, today)));
  }

  /** The comment period of {@code days} or {@code until}; the default without either. */
  static CommentPeriod period(Optional<Integer> days, Optional<LocalDate> until) {
    if (days.isPresent() && until.isPresent()) {
      throw new InvalidInputException("give days or until, not both");
    }
    if (until.isPresent()) {
      return new CommentPeriod.Until(until.get());
    }
    return days.<CommentPeriod>map(CommentPeriod.Days::new).orElse(CommentPeriod.standard());
  }

  /** A date {@code YYYY-MM-DD}, or 400 naming {@code until}. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("until must be a date YYYY-MM-DD, was '" + text + "'", e);
    }
  }

  /** The non-blank reason of {@code body}, or 422 naming the field. */
  static String requireReason(String subject, JsonInput body) {
    String reason = body.textOrEmpty("reason");
    if (reason.isBlank()) {
      throw new InvalidRequestException(
          subject, List.of(new Violation("reason", "required", "reason must not be blank")));
    }
    return reason.strip();
  }

  /** The proposal a path names, or 404. */
  static RevocationProposal find(Workflow workflow, String id) {
    Optional<RevocationProposal> p =
        id.matches("[0-9]{1,18}")
            ? workflow.revocations().get(Long.parseLong(id))
            : Optional.empty();
    return p.orElseThrow(() -> new NotFoundException("no revocation proposal #" + id));
  }

  private static void send(Context ctx, int status, byte[] body) {
    ctx.status(status);
    ctx.contentType(ApiPaths.JSON);
    ctx.result(body);
  }
}
