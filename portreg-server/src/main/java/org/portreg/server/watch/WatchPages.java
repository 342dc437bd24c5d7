package org.portreg.server.watch;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portreg.error.InvalidInputException;
import org.portreg.notify.NotifyPreference;
import org.portreg.server.auth.Principal;
import org.portreg.server.auth.Workflow;
import org.portreg.server.web.Access;
import org.portreg.server.web.Flash;
import org.portreg.server.web.Pages;
import org.portreg.store.CreatedWatch;
import org.portreg.store.Watch;
import org.portreg.workflow.User;

/**
 * The signed-in user's pages for what they hear: {@code /watches} (list and add), a watch's page
 * with its delivery log, and {@code /notifications} (the e-mail preference). Forms go through the
 * session's same-origin and token checks ({@code Authentication}). Thread-safe.
 */
public final class WatchPages {
  private final Workflow workflow;
  private final Pages pages;

  public WatchPages(Workflow workflow, Pages pages) {
    this.workflow = workflow;
    this.pages = pages;
  }

  /** {@code GET /watches[?query=Q]}: the user's watches and the form to add one. */
  public void list(Context ctx) {
    Optional<User> user = Access.signedIn(ctx);
    if (user.isPresent()) {
      String query = Optional.ofNullable(ctx.queryParam("query")).orElse("");
      renderList(ctx, user.get(), query, "");
    }
  }

  private void renderList(Context ctx, User user, String query, String problem) {
    List<WatchViews.Row> rows =
        workflow.watches().of(user.username()).stream().map(WatchViews.Row::of).toList();
    String csrf = Principal.of(ctx).csrfToken();
    pages.render(
        ctx, "watches.jte", Map.of("page", new WatchViews.ListPage(rows, csrf, query, problem)));
  }

  /**
   * {@code POST /watches}: saves a watch and shows its page with the webhook's secret, the only
   * time it is shown; a refused form comes back with the reason (422).
   */
  public void add(Context ctx) {
    User user = Access.signedIn(ctx).orElseThrow();
    String query = Optional.ofNullable(ctx.formParam("query")).orElse("");
    boolean webhook = "webhook".equals(ctx.formParam("kind"));
    Optional<String> url = Optional.ofNullable(ctx.formParam("url")).filter(u -> webhook);
    if (webhook && url.map(String::isBlank).orElse(true)) {
      throw new InvalidInputException("url: a webhook watch needs the URL to post to");
    }
    CreatedWatch created = workflow.watches().add(user, query, url);
    ctx.status(HttpStatus.CREATED);
    renderWatch(ctx, created.watch(), created.secret().orElse(""));
  }

  /** {@code GET /watches/{id}}: a watch with its delivery log. */
  public void show(Context ctx) {
    Optional<User> user = Access.signedIn(ctx);
    if (user.isPresent()) {
      long id = WatchesApi.id(ctx.pathParam("id"));
      renderWatch(ctx, workflow.watches().get(id, user.get()), "");
    }
  }

  private void renderWatch(Context ctx, Watch watch, String secret) {
    List<WatchViews.Delivery> log =
        workflow.watches().deliveries(watch.id()).stream().map(WatchViews.Delivery::of).toList();
    WatchViews.WatchPage page =
        new WatchViews.WatchPage(
            WatchViews.Row.of(watch), log, secret, Principal.of(ctx).csrfToken());
    pages.render(ctx, "watch.jte", Map.of("page", page));
  }

  /** {@code POST /watches/{id}/remove}: removes the watch; back to the list. */
  public void remove(Context ctx) {
    User user = Access.signedIn(ctx).orElseThrow();
    long id = WatchesApi.id(ctx.pathParam("id"));
    workflow.watches().remove(id, user);
    Flash.set(ctx, "Watch #" + id + " removed");
    ctx.redirect("/watches", HttpStatus.SEE_OTHER);
  }

  /** {@code GET /notifications}: the user's e-mail preference. */
  public void preference(Context ctx) {
    Optional<User> user = Access.signedIn(ctx);
    if (user.isPresent()) {
      NotifyPreference current = workflow.notifications().preference(user.get().username());
      WatchViews.PreferencePage page =
          new WatchViews.PreferencePage(current.word(), Principal.of(ctx).csrfToken());
      pages.render(ctx, "notifications.jte", Map.of("page", page));
    }
  }

  /** {@code POST /notifications}: sets the user's own preference; back to the page. */
  public void setPreference(Context ctx) {
    User user = Access.signedIn(ctx).orElseThrow();
    NotifyPreference chosen =
        NotifyPreference.parse(Optional.ofNullable(ctx.formParam("notify")).orElse(""));
    workflow.notifications().setPreference(user.username(), chosen, user.username());
    Flash.set(ctx, "You now get " + describe(chosen));
    ctx.redirect("/notifications", HttpStatus.SEE_OTHER);
  }

  /** What a preference means, in words. */
  public static String describe(NotifyPreference p) {
    return switch (p) {
      case ALL -> "every e-mail about your requests and assignments";
      case DECISIONS -> "e-mail about decisions only";
      case NONE -> "no e-mail about your requests and assignments";
    };
  }
}
