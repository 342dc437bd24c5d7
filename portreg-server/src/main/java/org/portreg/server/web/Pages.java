package org.portreg.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portreg.error.InvalidInputException;
import org.portreg.model.Person;
import org.portreg.model.ServiceRecord;
import org.portreg.server.RegistrySource;
import org.portreg.server.RegistryVersion;
import org.portreg.server.auth.Principal;
import org.portreg.server.http.BoundedCache;
import org.portreg.server.http.Page;
import org.portreg.server.http.ProblemDetails;
import org.portreg.server.registry.Api;
import org.portreg.server.registry.DownloadFormat;
import org.portreg.server.registry.DownloadFormats;
import org.portreg.server.registry.People;
import org.portreg.server.registry.Versions;
import org.portreg.server.web.view.ErrorPage;
import org.portreg.server.web.view.Link;
import org.portreg.server.web.view.Nav;
import org.portreg.server.web.view.RegistryPage;
import org.portreg.workflow.Role;

/**
 * The web pages, rendered by the templates compiled at build time (HTML content type, so every
 * value is escaped for its context). Thread-safe.
 */
public final class Pages {
  static final String HTML = "text/html; charset=utf-8";

  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final RegistrySource source;
  private final DownloadFormats downloads;
  private final Api api;
  private final People people;

  /** Rendered registry pages by version, base, page and query (the hot pages). */
  private final BoundedCache<String, byte[]> rendered = new BoundedCache<>(64);

  /** Whether the server takes requests, so the navigation offers them. */
  private final boolean workflow;

  public Pages(
      RegistrySource source, DownloadFormats downloads, Api api, People people, boolean workflow) {
    this.source = source;
    this.workflow = workflow;
    this.people = people;
    this.downloads = downloads;
    this.api = api;
  }

  /** {@code GET /}: the current registry page, or how to import one when there is none. */
  public void home(Context ctx) {
    var current = source.current();
    if (current.isEmpty()) {
      render(ctx, "empty.jte", Map.of());
      return;
    }
    registry(ctx, current.get(), "/", "/");
  }

  /** {@code GET /versions/{date}/}: a dated version's registry page. */
  public void version(Context ctx) {
    RegistryVersion version = Versions.at(source, ctx.pathParam("date"));
    String base = "/versions/" + version.updated() + "/";
    registry(ctx, version, base, base);
  }

  private void registry(Context ctx, RegistryVersion version, String action, String base) {
    String search = ctx.queryParam("search") == null ? "" : ctx.queryParam("search").strip();
    int number = Page.parseNumber(ctx.queryParam("page"));
    Nav nav = nav(ctx);
    // Only pages for readers who are not signed in are cached: theirs are the hot ones, and a
    // signed-in reader's navigation (name, sign-out token) must not crowd them out.
    boolean shared = !nav.signedIn() && nav.flash() == null;
    String key = version.id() + '\n' + base + '\n' + number + '\n' + search + '\n' + nav.key();
    byte[] cached = shared ? rendered.getIfPresent(key) : null;
    if (cached != null) {
      send(ctx, cached);
      return;
    }
    List<ServiceRecord> matches;
    String error = null;
    try {
      matches = api.matching(version, search);
    } catch (InvalidInputException e) {
      // A malformed query is the user's to fix: the page says why, with the form kept.
      matches = List.of();
      error = e.getMessage();
      ctx.status(400);
    }
    Page<ServiceRecord> page = Page.of(matches, error == null ? number : 1);
    byte[] html = renderRegistry(version, page, search, action, base, nav, error);
    if (error == null && shared) {
      rendered.put(key, html);
    }
    send(ctx, html);
  }

  private byte[] renderRegistry(
      RegistryVersion version,
      Page<ServiceRecord> page,
      String search,
      String action,
      String base,
      Nav nav,
      String error) {
    List<Link> formats =
        downloads.all().stream().map(f -> new Link(f.label(), base + f.fileName())).toList();
    RegistryPage model =
        PageModels.registryPage(
            version,
            page,
            search,
            formats,
            action,
            id -> people.lookup(version, id),
            error,
            workflow);
    return renderBytes("registry.jte", Map.of("page", model, "nav", nav));
  }

  /** {@code GET /person/{id}}. */
  public void person(Context ctx) {
    RegistryVersion version = Versions.current(source);
    Person person = people.find(version, ctx.pathParam("id"));
    render(ctx, "person.jte", Map.of("page", PageModels.personPage(version, person)));
  }

  /** {@code GET /versions}: every version with its downloads. */
  public void versions(Context ctx) {
    List<Link> versions =
        source.versions().stream()
            .map(v -> new Link(v.updated().toString(), "/versions/" + v.updated() + "/"))
            .toList();
    List<String> files = downloads.all().stream().map(DownloadFormat::fileName).toList();
    String title = source.current().map(v -> v.registry().header().title()).orElse("portreg");
    render(ctx, "versions.jte", Map.of("title", title, "versions", versions, "files", files));
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
                    principal.has(Role.EXPERT),
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
