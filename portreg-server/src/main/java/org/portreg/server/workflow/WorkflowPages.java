package org.portreg.server.workflow;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.ConflictException;
import org.portreg.error.NotFoundException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.local.Finding;
import org.portreg.server.auth.Principal;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.ErrorView;
import org.portreg.server.http.ProblemDetails;
import org.portreg.server.local.LocalModels;
import org.portreg.server.web.Access;
import org.portreg.server.web.Flash;
import org.portreg.server.web.Pages;
import org.portreg.server.web.view.RequestFormPage;
import org.portreg.server.web.view.RequestRow;
import org.portreg.server.web.view.StatusPage;
import org.portreg.workflow.InvalidRequestException;
import org.portreg.workflow.Permissions;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RequestTarget;
import org.portreg.workflow.RequestWorkflow;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;
import org.portreg.workflow.Violation;
import org.portreg.workflow.Warning;

/**
 * The pages of the registration procedures for applicants and experts: the application form, "my
 * requests", a request's status page with its decision form, and the expert queue. They call the
 * store directly; every form redirects (303) after it is sent, leaving a flash message.
 * Thread-safe.
 */
public final class WorkflowPages {
  private final Workflow workflow;
  private final Pages pages;
  private final LocalRequestChecks checks;
  private final LocalRequestPages localForm;

  public WorkflowPages(Workflow workflow, Pages pages, LocalRequestChecks checks) {
    this.workflow = workflow;
    this.pages = pages;
    this.checks = checks;
    this.localForm = new LocalRequestPages(workflow, pages);
  }

  /**
   * {@code GET /requests/new}: the empty application form; {@code ?target=local}, the form of a
   * local request (docs/local.md).
   */
  public void newRequest(Context ctx) {
    if (Access.require(ctx, Role.APPLICANT).isPresent()) {
      if (isLocal(ctx.queryParam("target"))) {
        localForm.newRequest(ctx);
      } else {
        renderForm(ctx, RequestForm.empty(), List.of(), List.of());
      }
    }
  }

  private static boolean isLocal(String target) {
    return target != null && RequestTarget.parse(target).orElse(null) == RequestTarget.LOCAL;
  }

  /**
   * {@code POST /requests}: submits the form (with {@code target=local}, a local request's), or
   * shows it again with what is wrong.
   */
  public void submit(Context ctx) {
    User user = Access.require(ctx, Role.APPLICANT).orElseThrow();
    if (isLocal(ctx.formParam("target"))) {
      localForm.submit(ctx, user);
      return;
    }
    RequestForm form = RequestForm.read(ctx);
    // Broken rules (422) and a name or port another open request holds (409, first come, first
    // served) show the form again with what is wrong; anything else is the plain error page.
    ErrorView.set(ctx, (c, problem, e) -> formError(c, form, problem, e));
    if (!form.unreadable().isEmpty()) {
      List<Violation> all = new ArrayList<>(form.unreadable());
      all.addAll(workflow.registrar().validate(form.request()));
      throw new InvalidRequestException(form.request().serviceName(), all);
    }
    StoredRequest stored = workflow.registrar().submit(form.request(), user);
    ErrorView.clear(ctx);
    Flash.set(
        ctx,
        "Request #"
            + stored.id()
            + " for '"
            + stored.request().serviceName()
            + "' submitted: "
            + WorkflowModels.label(stored.state()));
    ctx.redirect("/requests/" + stored.id(), HttpStatus.SEE_OTHER);
  }

  private void formError(Context ctx, RequestForm form, ProblemDetails problem, Exception e) {
    if (e instanceof InvalidRequestException invalid) {
      renderForm(ctx, form, invalid.violations(), List.of());
    } else if (e instanceof ConflictException) {
      renderForm(ctx, form, List.of(), List.of(problem.detail()));
    } else {
      pages.error(ctx, problem);
    }
  }

  private void renderForm(
      Context ctx, RequestForm form, List<Violation> violations, List<String> general) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    List<String> unplaced = new ArrayList<>(general);
    for (Violation v : violations) {
      String field = v.field().replaceAll("\\[.*$", "");
      if (RequestForm.hasPlaceFor(field)) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(v.message());
      } else {
        unplaced.add(v.message());
      }
    }
    RequestFormPage page =
        new RequestFormPage(
            Principal.of(ctx).csrfToken(),
            form.values(),
            form.transports(),
            form.portChoice(),
            errors,
            unplaced);
    pages.render(ctx, "request-form.jte", Map.of("page", page));
  }

  /** {@code GET /requests/mine}: the applicant's requests, newest first. */
  public void mine(Context ctx) {
    Optional<User> user = Access.require(ctx, Role.APPLICANT);
    if (user.isPresent()) {
      List<RequestRow> rows =
          workflow.registrar().requestsOf(user.get().username()).stream()
              .map(r -> WorkflowModels.row(r, -1))
              .toList();
      pages.render(ctx, "requests-mine.jte", Map.of("rows", rows));
    }
  }

  /**
   * {@code GET /review}: the expert's queue (a local expert's: the local requests), oldest first,
   * with each request's warnings (of a local request, the findings of its check).
   */
  public void review(Context ctx) {
    Optional<User> user = Access.signedIn(ctx);
    if (user.isPresent() && !Permissions.holds(user.get(), Role.LOCAL_EXPERT)) {
      user = Access.require(ctx, Role.EXPERT);
    }
    if (user.isPresent()) {
      List<RequestRow> rows =
          workflow.registrar().queueFor(user.get()).stream()
              .map(r -> WorkflowModels.row(r, warnings(r).size()))
              .toList();
      pages.render(ctx, "review.jte", Map.of("rows", rows));
    }
  }

  /** What a reviewer should look at: the expert's warnings, or a local request's findings. */
  private List<String> warnings(StoredRequest stored) {
    if (stored.isLocal()) {
      return checks
          .of(stored)
          .map(v -> v.findings().stream().map(Finding::message).toList())
          .orElse(List.of());
    }
    return workflow.registrar().warnings(stored.request()).stream().map(Warning::message).toList();
  }

  /**
   * {@code GET /requests/{id}}: the status page; contact data only for those who may see it; of a
   * local request, the check for its reviewers and its applicant.
   */
  public void status(Context ctx) {
    StoredRequest stored = find(ctx.pathParam("id"));
    Principal principal = Principal.of(ctx);
    Optional<User> viewer = principal.user();
    boolean reviewer = principal.reviews(stored);
    boolean owner = principal.isApplicant(stored);
    List<String> warnings = reviewer && !stored.isLocal() ? warnings(stored) : List.of();
    StatusPage page =
        new StatusPage(
            WorkflowModels.row(stored, warnings.size()),
            WorkflowModels.target(stored),
            WorkflowModels.facts(stored),
            stored.request().description(),
            stored.outcome().orElse(null),
            principal.seesPrivateData(stored) ? WorkflowModels.details(stored) : List.of(),
            workflow.registrar().events(stored.id()).stream().map(WorkflowModels::event).toList(),
            warnings,
            viewer.map(u -> actions(stored, u, owner)).orElse(List.of()),
            viewer.isPresent() ? principal.csrfToken() : null);
    Map<String, Object> params = new HashMap<>(Map.of("page", page));
    if (stored.isLocal() && (reviewer || owner)) {
      checks.of(stored).ifPresent(v -> params.put("check", LocalModels.verdict(v, null)));
    }
    pages.render(ctx, "request-status.jte", params);
  }

  /** The actions {@code user} may take on the request now, in each role held. */
  private static List<StatusPage.Action> actions(StoredRequest stored, User user, boolean owner) {
    Set<RequestAction> allowed = EnumSet.noneOf(RequestAction.class);
    RequestWorkflow.Facts facts = RequestWorkflow.Facts.of(stored);
    for (Role role : user.roles()) {
      // The applicant acts as applicant only; nobody reviews or assigns their own request.
      if ((role == Role.APPLICANT) != owner) {
        continue;
      }
      // An expert's decision on a checked request starts the review by itself (Registrar.act).
      boolean expert = role == Role.EXPERT || role == Role.LOCAL_EXPERT;
      RequestState state =
          expert && stored.state() == RequestState.CHECKED
              ? RequestState.EXPERT_REVIEW
              : stored.state();
      user.as(role).ifPresent(a -> allowed.addAll(RequestWorkflow.allowedActions(state, a, facts)));
    }
    allowed.remove(RequestAction.START_REVIEW);
    return allowed.stream()
        .map(a -> new StatusPage.Action(a.name(), WorkflowModels.label(a)))
        .toList();
  }

  /** {@code POST /requests/{id}/act}: an action with its reason; back to {@code next}. */
  public void act(Context ctx) {
    User user = Access.signedIn(ctx).orElseThrow();
    long id = find(ctx.pathParam("id")).id();
    RequestAction action = actionOf(ctx.formParam("action"));
    String reason = Optional.ofNullable(ctx.formParam("reason")).orElse("").strip();
    String label = WorkflowModels.label(action);
    try {
      StoredRequest after = workflow.registrar().act(id, action, user, reason);
      Flash.set(ctx, label + ": request #" + id + " is now " + WorkflowModels.label(after.state()));
    } catch (ConflictException
        | InvalidRequestException
        | StateChangeRefusedException
        | IllegalArgumentException e) {
      Flash.set(ctx, label + " failed for request #" + id + ": " + e.getMessage());
    }
    String next = Access.localPath(ctx.formParam("next"), "/requests/" + id);
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private static RequestAction actionOf(String name) {
    for (RequestAction a : RequestAction.values()) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "action must be one of the request actions, was '" + name + "'");
  }

  private StoredRequest find(String id) {
    Optional<StoredRequest> stored =
        id.matches("[0-9]{1,18}")
            ? workflow.registrar().request(Long.parseLong(id))
            : Optional.empty();
    return stored.orElseThrow(() -> new NotFoundException("no request #" + id));
  }
}
