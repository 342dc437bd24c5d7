package org.portreg.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portreg.local.LocalMatches;
import org.portreg.model.Person;
import org.portreg.model.ServiceRecord;
import org.portreg.search.SearchQuery;
import org.portreg.server.auth.Principal;
import org.portreg.server.http.ErrorView;
import org.portreg.server.http.Page;
import org.portreg.server.http.ProblemDetails;
import org.portreg.server.registry.VersionChanges;
import org.portreg.server.registry.VersionContext;
import org.portreg.server.registry.VersionContext.PageKey;
import org.portreg.server.registry.VersionContext.RenderedKey;
import org.portreg.server.registry.VersionContexts;
import org.portreg.server.spi.DownloadFormats;
import org.portreg.server.spi.LocalEntries;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.RegistryVersion;
import org.portreg.server.spi.VersionInfo;
import org.portreg.server.web.view.ErrorPage;
import org.portreg.server.web.view.Link;
import org.portreg.server.web.view.LocalEntryRow;
import org.portreg.server.web.view.Nav;
import org.portreg.server.web.view.RegistryPage;
import org.portreg.server.web.view.VersionRow;
import org.portreg.workflow.Role;

/**
 * The web pages, rendered by the templates compiled at build time (HTML content type, so every
 * value is escaped for its context). Thread-safe.
 */
public final class Pages {
  static final String HTML = "text/html; charset=utf-8";

  /** The results of a listing whose query failed. */
  private static final Page<ServiceRecord> NOTHING = Page.of(List.of(), 1);

  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final RegistrySource source;
  private final DownloadFormats downloads;
  private final VersionContexts contexts;
  private final VersionChanges changes;
  private final LocalEntries local;

  /** Whether the server takes requests, so the navigation offers them. */
  private final boolean workflow;

  public Pages(
      RegistrySource source,
      DownloadFormats downloads,
      VersionContexts contexts,
      LocalEntries local,
      boolean workflow) {
    this.local = local;
    this.source = source;
    this.workflow = workflow;
    this.downloads = downloads;
    this.contexts = contexts;
    this.changes = new VersionChanges(source);
  }

  /**
   * Starts counting the versions page's changes on a daemon thread ({@link VersionChanges#warm});
   * interrupt the thread returned to stop it.
   */
  public Thread warmVersions() {
    Thread thread =
        new Thread(
            () -> {
              try {
                changes.warm(source.versions());
              } catch (RuntimeException e) {
                // The page counts what is missing when it is asked for, and reports failures.
              }
            },
            "portreg-versions-warm");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
    return thread;
  }

  /**
   * The variant key of a registry page seen by a reader who is not signed in (for the fast path).
   */
  public String anonymousVariant() {
    return new Nav(null, false, false, false, null, null, workflow).key();
  }

  /** {@code GET /}: the current registry page, or how to import one when there is none. */
  public void home(Context ctx) {
    if (source.current().isEmpty()) {
      render(ctx, "empty.jte", Map.of());
      return;
    }
    registry(ctx, contexts.current(), "/", "/", local.current());
  }

  /** {@code GET /versions/{version}/}: a version's registry page, by its name or its date. */
  public void version(Context ctx) {
    VersionContext context = contexts.at(ctx.pathParam("version"));
    String base = "/versions/" + context.version().name() + "/";
    registry(ctx, context, base, base, LocalEntries.Overlay.EMPTY);
  }

  /**
   * A registry page; a search's page on the current registry also shows the local entries of {@code
   * overlay} it matches (a version's page is that version's IANA registry alone).
   */
  private void registry(
      Context ctx,
      VersionContext context,
      String action,
      String base,
      LocalEntries.Overlay overlay) {
    String search = ctx.queryParam("search") == null ? "" : ctx.queryParam("search").strip();
    int number = Page.parseNumber(ctx.queryParam("page"));
    Nav nav = nav(ctx);
    // Only pages for readers who are not signed in are cached: theirs are the hot ones, and a
    // signed-in reader's navigation (name, sign-out token) must not crowd them out.
    boolean shared = !nav.signedIn() && nav.flash() == null;
    RenderedKey key = new RenderedKey(new PageKey(number, search).with(overlay), base, nav.key());
    byte[] cached = shared ? context.rendered(key) : null;
    if (cached != null) {
      send(ctx, cached);
      return;
    }
    // A malformed query fails in records(): the page says why, with the form kept.
    ErrorView.set(
        ctx,
        (c, problem, e) ->
            send(
                c,
                renderRegistry(
                    context, NOTHING, List.of(), search, action, base, nav, problem.detail())));
    List<ServiceRecord> matches = context.records(search);
    ErrorView.clear(ctx);
    Page<ServiceRecord> page = Page.of(matches, number);
    List<LocalEntryRow> held = localRows(key.listing(), overlay);
    byte[] html = renderRegistry(context, page, held, search, action, base, nav, null);
    if (shared) {
      context.keepRendered(key, html);
    }
    send(ctx, html);
  }

  /** The local entries a listing shows: a search's, on its first page. */
  private static List<LocalEntryRow> localRows(PageKey listing, LocalEntries.Overlay overlay) {
    if (listing.local() == 0 || listing.page() != 1) {
      return List.of();
    }
    return LocalRows.of(LocalMatches.search(overlay.entries(), SearchQuery.parse(listing.query())));
  }

  private byte[] renderRegistry(
      VersionContext context,
      Page<ServiceRecord> page,
      List<LocalEntryRow> held,
      String search,
      String action,
      String base,
      Nav nav,
      String error) {
    List<Link> formats =
        downloads.all().stream().map(f -> new Link(f.label(), base + f.fileName())).toList();
    RegistryPage model =
        PageModels.registryPage(
            context.version(), page, search, formats, action, context::person, error, workflow);
    Map<String, Object> params = new HashMap<>(Map.of("page", model, "nav", nav, "local", held));
    if (context.version().isBundled()) {
      params.put("notice", seededNotice(context.version()));
    }
    return renderBytes("registry.jte", params);
  }

  /** What the page says of a registry seeded from the snapshot bundled with portreg. */
  static String seededNotice(RegistryVersion version) {
    return "This registry was seeded from the snapshot bundled with portreg (updated "
        + version.updated()
        + "). Refresh it with portreg update, or portreg db import FILE.";
  }

  /** {@code GET /person/{id}}. */
  public void person(Context ctx) {
    VersionContext context = contexts.current();
    Person person = context.findPerson(ctx.pathParam("id"));
    render(ctx, "person.jte", Map.of("page", PageModels.personPage(context.version(), person)));
  }

  /**
   * {@code GET /versions}: every version, newest first, with its record count, what changed since
   * the version before it (counted once per pair of versions) and its downloads.
   */
  public void versions(Context ctx) {
    List<VersionInfo> all = source.versions();
    List<VersionRow> rows = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      rows.add(row(all.get(i), i + 1 < all.size() ? all.get(i + 1) : null));
    }
    String title = source.current().map(v -> v.registry().header().title()).orElse("portreg");
    render(ctx, "versions.jte", Map.of("title", title, "versions", rows));
  }

  private VersionRow row(VersionInfo version, VersionInfo previous) {
    String base = "/versions/" + version.name() + "/";
    List<Link> files =
        downloads.all().stream().map(f -> new Link(f.label(), base + f.fileName())).toList();
    if (previous == null) {
      return new VersionRow(version.name(), base, version.recordCount(), "", 0, 0, 0, "", files);
    }
    VersionChanges.Counts counts = changes.between(previous, version);
    String diff = "/diff?from=" + previous.name() + "&to=" + version.name();
    return new VersionRow(
        version.name(),
        base,
        version.recordCount(),
        previous.name(),
        counts.added(),
        counts.removed(),
        counts.changed(),
        diff,
        files);
  }

  /** An error page for {@code problem}; the status is already set. */
  public void error(Context ctx, ProblemDetails problem) {
    render(
        ctx,
        "error.jte",
        Map.of("page", new ErrorPage(problem.status(), problem.title(), problem.detail())));
  }

  /** Renders {@code template} with {@code params} and the navigation for whoever asks. */
  public void render(Context ctx, String template, Map<String, Object> params) {
    Map<String, Object> withNav = new HashMap<>(params);
    withNav.put("nav", nav(ctx));
    send(ctx, renderBytes(template, withNav));
  }

  /** The navigation for who sends {@code ctx}, with the flash message left for this page. */
  Nav nav(Context ctx) {
    Principal principal = Principal.of(ctx);
    String flash = Flash.take(ctx);
    return principal
        .user()
        .map(
            u ->
                new Nav(
                    u.username(),
                    principal.has(Role.APPLICANT),
                    principal.has(Role.EXPERT) || principal.has(Role.LOCAL_EXPERT),
                    principal.has(Role.ADMIN),
                    principal.csrfToken(),
                    flash,
                    workflow))
        .orElse(new Nav(null, false, false, false, null, flash, workflow));
  }

  private byte[] renderBytes(String template, Map<String, Object> params) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    templates.render(template, params, out);
    return out.toByteArray();
  }

  private static void send(Context ctx, byte[] html) {
    ctx.contentType(HTML);
    ctx.result(html);
  }
}
