package org.portreg.server.local;

import static java.util.stream.Collectors.joining;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portreg.error.NotFoundException;
import org.portreg.local.Acknowledgement;
import org.portreg.local.Checker;
import org.portreg.local.LocalAssignment;
import org.portreg.local.Policy;
import org.portreg.local.Verdict;
import org.portreg.rules.ServiceNames;
import org.portreg.server.auth.Principal;
import org.portreg.server.auth.Workflow;
import org.portreg.server.local.LocalModels.ConflictsPage;
import org.portreg.server.local.LocalModels.EntryPage;
import org.portreg.server.local.LocalModels.ListPage;
import org.portreg.server.local.LocalModels.StateView;
import org.portreg.server.registry.VersionContexts;
import org.portreg.server.web.Access;
import org.portreg.server.web.Flash;
import org.portreg.server.web.Pages;
import org.portreg.store.DriftLog.Stated;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;

/**
 * The local registry's pages: the entries with search, each entry's page (with the drift banner and
 * the acknowledge action), the conflicts page ({@code check --all}) and the policy page ({@code
 * policy show}). Thread-safe.
 */
public final class LocalPages {
  /** The longest search text taken; longer text is cut. */
  private static final int MAX_SEARCH = 200;

  private final VersionContexts contexts;
  private final Workflow workflow;
  private final Policy policy;
  private final LocalDrift drift;
  private final Pages pages;

  public LocalPages(
      VersionContexts contexts, Workflow workflow, Policy policy, LocalDrift drift, Pages pages) {
    this.contexts = contexts;
    this.workflow = workflow;
    this.policy = policy;
    this.drift = drift;
    this.pages = pages;
  }

  /** {@code GET /local?search=TEXT}: the current entries whose name, owner or port matches. */
  public void list(Context ctx) {
    String search = Optional.ofNullable(ctx.queryParam("search")).orElse("").strip();
    if (search.length() > MAX_SEARCH) {
      search = search.substring(0, MAX_SEARCH);
    }
    String text = search;
    List<LocalAssignment> all = workflow.local().current();
    List<LocalModels.Row> rows =
        all.stream().filter(a -> LocalModels.matches(a, text)).map(LocalModels::row).toList();
    pages.render(ctx, "local-list.jte", Map.of("page", new ListPage(search, rows, all.size())));
  }

  /** {@code GET /local/{name}}: the entry, its verdict, its drift and its history. */
  public void entry(Context ctx) {
    String name = ctx.pathParam("name");
    List<LocalAssignment> local = workflow.local().current();
    int at = indexOf(local, name);
    LocalAssignment a = local.get(at);
    Verdict verdict = checker(local, drift.standing()).checkAll().get(at);
    List<Stated> open = drift.open(a);
    Principal principal = Principal.of(ctx);
    boolean admin = principal.has(Role.ADMIN);
    EntryPage page =
        new EntryPage(
            a.name(),
            LocalModels.facts(a),
            LocalModels.verdict(verdict, null),
            LocalModels.alerts(open),
            open.stream().map(s -> s.version().name()).distinct().collect(joining(", ")),
            history(a.name()),
            admin ? principal.csrfToken() : null);
    pages.render(ctx, "local-entry.jte", Map.of("page", page));
  }

  /** {@code GET /conflicts}: every entry checked as {@code portreg check --all} does. */
  public void conflicts(Context ctx) {
    List<LocalAssignment> local = workflow.local().current();
    List<Verdict> verdicts = checker(local, drift.standing()).checkAll();
    List<LocalModels.VerdictView> views = new ArrayList<>();
    for (int i = 0; i < verdicts.size(); i++) {
      views.add(LocalModels.verdict(verdicts.get(i), LocalModels.href(local.get(i).name())));
    }
    ConflictsPage page =
        new ConflictsPage(
            contexts.current().version().updated().toString(),
            views,
            verdicts.stream().filter(v -> v.fails(false)).count(),
            verdicts.stream().filter(v -> !v.fails(false) && !v.isFree()).count(),
            policy.rules().size());
    pages.render(ctx, "local-conflicts.jte", Map.of("page", page));
  }

  /** {@code GET /policy}: the rules in force and where each comes from. */
  public void policy(Context ctx) {
    pages.render(
        ctx,
        "policy.jte",
        Map.of("rules", policy.rules().stream().map(LocalModels::rule).toList()));
  }

  /**
   * {@code POST /local/{name}/acknowledge}: an administrator lives with a finding ({@code finding},
   * its key) for a {@code reason}, which goes to the audit log.
   */
  public void acknowledge(Context ctx) {
    User admin = Access.require(ctx, Role.ADMIN).orElseThrow();
    String name = ctx.pathParam("name");
    String key = form(ctx, "finding");
    String reason = form(ctx, "reason");
    LocalAssignment a = workflow.local().current().get(indexOf(workflow.local().current(), name));
    if (key.isEmpty() || reason.isEmpty()) {
      Flash.set(ctx, "Acknowledge failed: give the finding and a reason");
    } else {
      workflow.local().acknowledge(new Acknowledgement(a.name(), key, reason), admin.username());
      Flash.set(ctx, "Acknowledged " + key + " for " + a.name() + ": " + reason);
    }
    ctx.redirect(LocalModels.href(a.name()), HttpStatus.SEE_OTHER);
  }

  private Checker checker(List<LocalAssignment> local, List<Acknowledgement> acks) {
    return new Checker(contexts.current().index(), policy, local, acks);
  }

  private List<StateView> history(String name) {
    return workflow.local().history(name).stream()
        .map(
            v ->
                new StateView(
                    v.validFrom().toString(),
                    v.validTo().map(Object::toString).orElse("current"),
                    v.changedBy(),
                    v.assignment().portsText(),
                    v.assignment().owner()))
        .toList();
  }

  private static int indexOf(List<LocalAssignment> local, String name) {
    for (int i = 0; i < local.size(); i++) {
      if (ServiceNames.same(local.get(i).name(), name)) {
        return i;
      }
    }
    throw new NotFoundException("no local assignment named '" + name + "'");
  }

  private static String form(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
  }
}
