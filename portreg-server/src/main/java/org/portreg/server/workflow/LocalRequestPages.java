package org.portreg.server.workflow;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portreg.error.ConflictException;
import org.portreg.server.auth.Principal;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.ErrorView;
import org.portreg.server.http.ProblemDetails;
import org.portreg.server.web.Flash;
import org.portreg.server.web.Pages;
import org.portreg.server.web.view.RequestFormPage;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;
import org.portreg.workflow.Violation;

/**
 * The request form in local mode ({@code /requests/new?target=local}, docs/local.md): a request for
 * the organisation's own registry, with the fields of a local entry. Sent to {@code POST /requests}
 * with {@code target=local}; what is wrong shows next to its field, a name or port a local
 * assignment or an open local request holds (409) above the form. Thread-safe.
 */
final class LocalRequestPages {
  /** The template of the form. */
  static final String TEMPLATE = "request-form-local.jte";

  private final Workflow workflow;
  private final Pages pages;

  LocalRequestPages(Workflow workflow, Pages pages) {
    this.workflow = workflow;
    this.pages = pages;
  }

  /** The empty form. */
  void newRequest(Context ctx) {
    render(ctx, LocalRequestForm.empty(), List.of());
  }

  /** Submits the form as {@code user}, or shows it again with what is wrong. */
  void submit(Context ctx, User user) {
    LocalRequestForm form = LocalRequestForm.read(ctx);
    if (form.entry().isEmpty()) {
      ctx.status(422);
      render(ctx, form, List.of());
      return;
    }
    ErrorView.set(ctx, (c, problem, e) -> conflict(c, form, problem, e));
    StoredRequest stored = workflow.registrar().submitLocal(form.entry().get(), user);
    ErrorView.clear(ctx);
    Flash.set(
        ctx,
        "Local request #"
            + stored.id()
            + " for '"
            + stored.request().serviceName()
            + "' submitted: "
            + WorkflowModels.label(stored.state()));
    ctx.redirect("/requests/" + stored.id(), HttpStatus.SEE_OTHER);
  }

  private void conflict(Context ctx, LocalRequestForm form, ProblemDetails problem, Exception e) {
    if (e instanceof ConflictException) {
      render(ctx, form, List.of(problem.detail()));
    } else {
      pages.error(ctx, problem);
    }
  }

  private void render(Context ctx, LocalRequestForm form, List<String> general) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    List<String> unplaced = new ArrayList<>(general);
    for (Violation v : form.violations()) {
      if (LocalRequestForm.TEXT_FIELDS.contains(v.field())
          || List.of("transports", "scope").contains(v.field())) {
        errors.computeIfAbsent(v.field(), f -> new ArrayList<>()).add(v.message());
      } else {
        unplaced.add(v.message());
      }
    }
    RequestFormPage page =
        new RequestFormPage(
            Principal.of(ctx).csrfToken(),
            form.values(),
            form.transports(),
            form.scope(),
            errors,
            unplaced);
    pages.render(ctx, TEMPLATE, Map.of("page", page));
  }
}
