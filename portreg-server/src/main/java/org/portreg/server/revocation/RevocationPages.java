package org.portreg.server.revocation;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.portreg.error.ConflictException;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.server.auth.Principal;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.ErrorView;
import org.portreg.server.http.ProblemDetails;
import org.portreg.server.web.Access;
import org.portreg.server.web.Flash;
import org.portreg.server.web.Pages;
import org.portreg.server.web.view.Link;
import org.portreg.workflow.CommentPeriod;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.RevocationState;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;

/**
 * The public pages of the call for comments before a revocation (RFC 6335 §8.4): the list of
 * proposals, each proposal's page with its comments and the comment form for signed-in users, and
 * the administrator's forms to propose, withdraw and revoke. Forms go through the session's
 * same-origin and token checks ({@code Authentication}); administrators' forms redirect (303) with
 * a flash message, a refused comment shows the page again with the reason. Thread-safe.
 */
public final class RevocationPages {
  /** The list's path. */
  public static final String PATH = "/revocations";

  private final Workflow workflow;
  private final Pages pages;

  public RevocationPages(Workflow workflow, Pages pages) {
    this.workflow = workflow;
    this.pages = pages;
  }

  /**
   * The notice a service's page shows while its revocation is proposed, linking to the proposal;
   * empty without one or without a store.
   */
  public Optional<Link> noticeFor(String serviceName) {
    if (!workflow.isAvailable()) {
      return Optional.empty();
    }
    LocalDate today = workflow.revocations().today();
    return workflow
        .revocations()
        .openOf(serviceName)
        .map(
            p ->
                new Link(
                    "The revocation of this assignment is proposed (RFC 6335 §8.4): "
                        + RevocationViews.status(p, today)
                        + ".",
                    PATH + "/" + p.id()));
  }

  /** {@code GET /revocations}: open proposals first, then closed ones; admins may propose. */
  public void list(Context ctx) {
    LocalDate today = workflow.revocations().today();
    List<RevocationViews.Row> rows =
        workflow.revocations().list().stream().map(p -> RevocationViews.Row.of(p, today)).toList();
    Principal principal = Principal.of(ctx);
    RevocationViews.ListPage page =
        new RevocationViews.ListPage(
            rows.stream().filter(RevocationViews.Row::open).toList(),
            rows.stream().filter(r -> !r.open()).toList(),
            principal.has(Role.ADMIN),
            principal.csrfToken(),
            today.toString());
    pages.render(ctx, "revocations.jte", Map.of("page", page));
  }

  /** {@code GET /revocations/{id}}: the proposal, its comments and what the reader may do. */
  public void show(Context ctx) {
    RevocationProposal p = RevocationsApi.find(workflow, ctx.pathParam("id"));
    render(ctx, p, "", "");
  }

  private void render(Context ctx, RevocationProposal p, String text, String problem) {
    LocalDate today = workflow.revocations().today();
    Principal principal = Principal.of(ctx);
    RevocationViews.CommentForm form =
        new RevocationViews.CommentForm(
            p.takesComments(today),
            principal.user().isPresent(),
            principal.csrfToken(),
            text,
            problem,
            Access.signInPath(PATH + "/" + p.id()));
    String decision = "";
    if (principal.has(Role.ADMIN) && p.state() == RevocationState.OPEN) {
      decision = p.mayRevoke(today) ? "revoke" : "wait";
    }
    RevocationViews.ProposalPage page =
        new RevocationViews.ProposalPage(
            RevocationViews.Row.of(p, today),
            p.reason(),
            RevocationViews.time(p.proposedAt()) + " by " + p.proposedBy(),
            p.closure().map(RevocationProposal.Closure::reason).orElse(""),
            workflow.revocations().comments(p.id()).stream()
                .map(RevocationViews.Comment::of)
                .toList(),
            form,
            decision);
    pages.render(ctx, "revocation.jte", Map.of("page", page));
  }

  /**
   * {@code POST /revocations/{id}/comments}: a signed-in user's comment, then back to the page; a
   * refused comment (period over: 409, empty or too long: 400) shows the page again with the text
   * kept and the reason.
   */
  public void comment(Context ctx) {
    User user = Access.signedIn(ctx).orElseThrow();
    RevocationProposal p = RevocationsApi.find(workflow, ctx.pathParam("id"));
    String text = Optional.ofNullable(ctx.formParam("text")).orElse("");
    ErrorView.set(ctx, (c, problem, e) -> refused(c, p, text, problem));
    long id = workflow.revocations().comment(p.id(), user, text).id();
    ErrorView.clear(ctx);
    Flash.set(ctx, "Your comment is added to the proposal to revoke '" + p.serviceName() + "'");
    ctx.redirect(PATH + "/" + p.id() + "#comment-" + id, HttpStatus.SEE_OTHER);
  }

  private void refused(Context ctx, RevocationProposal p, String text, ProblemDetails problem) {
    if (problem.status() == 400 || problem.status() == 409) {
      RevocationProposal now = workflow.revocations().get(p.id()).orElse(p);
      render(ctx, now, text.length() > 100_000 ? "" : text, problem.detail());
    } else {
      pages.error(ctx, problem);
    }
  }

  /**
   * {@code POST /revocations} (admin): proposes the revocation of {@code service} for {@code days}
   * or {@code until}, then its page; refused, back to {@code next} with the reason.
   */
  public void propose(Context ctx) {
    User admin = Access.require(ctx, Role.ADMIN).orElseThrow();
    String back = Access.localPath(ctx.formParam("next"), PATH);
    attempt(
        ctx,
        "Propose revocation",
        back,
        () -> {
          RevocationProposal p =
              workflow.revocations().propose(form(ctx, "service"), period(ctx), admin, reason(ctx));
          Flash.set(
              ctx,
              "Revocation of '"
                  + p.serviceName()
                  + "' proposed; comments are taken until "
                  + p.endsOn()
                  + " and the assignees are told");
          return PATH + "/" + p.id();
        });
  }

  private static CommentPeriod period(Context ctx) {
    String until = form(ctx, "until");
    String days = form(ctx, "days");
    if (!until.isEmpty()) {
      return RevocationsApi.period(Optional.empty(), Optional.of(RevocationsApi.date(until)));
    }
    if (days.isEmpty()) {
      return CommentPeriod.standard();
    }
    if (!days.matches("[0-9]{1,4}")) {
      throw new InvalidInputException("days must be a number of days, was '" + days + "'");
    }
    return new CommentPeriod.Days(Integer.parseInt(days));
  }

  /** {@code POST /revocations/{id}/revoke} (admin): revokes once the comment period is over. */
  public void revoke(Context ctx) {
    User admin = Access.require(ctx, Role.ADMIN).orElseThrow();
    RevocationProposal p = RevocationsApi.find(workflow, ctx.pathParam("id"));
    String page = PATH + "/" + p.id();
    attempt(
        ctx,
        "Revoke",
        page,
        () -> {
          if (p.state() != RevocationState.OPEN) {
            throw new StateChangeRefusedException(p.describe() + " is already " + p.state().word());
          }
          String summary =
              workflow.registrar().revoke(p.serviceName(), admin, reason(ctx)).summary();
          Flash.set(ctx, "Revoke done: " + summary);
          return page;
        });
  }

  /** {@code POST /revocations/{id}/withdraw} (admin): closes the proposal; the service stays. */
  public void withdraw(Context ctx) {
    User admin = Access.require(ctx, Role.ADMIN).orElseThrow();
    RevocationProposal p = RevocationsApi.find(workflow, ctx.pathParam("id"));
    String page = PATH + "/" + p.id();
    attempt(
        ctx,
        "Withdraw",
        page,
        () -> {
          workflow.revocations().withdraw(p.id(), admin, reason(ctx));
          Flash.set(ctx, "Proposal #" + p.id() + " withdrawn; '" + p.serviceName() + "' stays");
          return page;
        });
  }

  /**
   * Runs an administrator's form and redirects (303) to where it says, or on an administrator's
   * mistake (a comment period not over, an unknown service, a bad value) back to {@code back} with
   * the reason as the flash message.
   */
  private static void attempt(Context ctx, String what, String back, Supplier<String> operation) {
    String next;
    try {
      next = operation.get();
    } catch (ConflictException
        | StateChangeRefusedException
        | NotFoundException
        | InvalidInputException e) {
      Flash.set(ctx, what + " failed: " + e.getMessage());
      next = back;
    }
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private static String reason(Context ctx) {
    String reason = form(ctx, "reason");
    if (reason.isEmpty()) {
      throw new InvalidInputException("reason: a decision needs a written reason");
    }
    return reason;
  }

  private static String form(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
  }
}
