package org.portreg.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.MethodNotAllowedResponse;
import java.time.Clock;
import org.portreg.error.NotFoundException;
import org.portreg.server.auth.Authentication;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.HttpMetrics;
import org.portreg.server.local.CheckApi;
import org.portreg.server.local.LocalDownloads;
import org.portreg.server.local.LocalDrift;
import org.portreg.server.local.LocalPages;
import org.portreg.server.registry.Api;
import org.portreg.server.registry.Downloads;
import org.portreg.server.registry.LookupFastPath;
import org.portreg.server.registry.Lookups;
import org.portreg.server.registry.VersionContexts;
import org.portreg.server.revocation.RevocationPages;
import org.portreg.server.revocation.RevocationsApi;
import org.portreg.server.spi.DownloadFormat;
import org.portreg.server.spi.LocalEntries;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.watch.WatchPages;
import org.portreg.server.watch.WatchesApi;
import org.portreg.server.web.Assets;
import org.portreg.server.web.DetailPages;
import org.portreg.server.web.Pages;
import org.portreg.server.web.SignIn;
import org.portreg.server.workflow.AdminApi;
import org.portreg.server.workflow.AdminPages;
import org.portreg.server.workflow.LocalRequestChecks;
import org.portreg.server.workflow.RequestsApi;
import org.portreg.server.workflow.WorkflowPages;

/** Every route of the server and the handler behind it, in one table. Thread-safe. */
public final class Routes {
  private final ServerOptions options;
  private final Downloads downloads;
  private final Api api;
  private final Pages pages;
  private final Errors errors;
  private final HttpMetrics metrics = new HttpMetrics();
  private volatile Thread warming;
  private final Operations operations;
  private final Lookups lookups;
  private final DetailPages details;
  private final Authentication authentication;
  private final SignIn signIn;
  private final RequestsApi requests;
  private final AdminApi admin;
  private final CheckApi check;
  private final LocalDownloads localDownloads;
  private final LocalPages localPages;

  private final WorkflowPages workflowPages;
  private final AdminPages adminPages;
  private final WatchesApi watchesApi;
  private final WatchPages watchPages;
  private final RevocationsApi revocationsApi;
  private final RevocationPages revocationPages;

  Routes(ServerOptions options, RegistrySource source, Workflow workflow) {
    this.options = options;
    this.authentication =
        new Authentication(workflow, options.writeLimit(), options.trustedProxies());
    VersionContexts contexts = new VersionContexts(source);
    LocalEntries local = localEntries(workflow);
    this.downloads = new Downloads(contexts);
    this.api = new Api(source, options.downloads(), contexts, local);
    this.pages = new Pages(source, options.downloads(), contexts, local, workflow.isAvailable());
    this.errors = new Errors(pages);
    this.operations = new Operations(source, metrics);
    this.lookups = new Lookups(source, contexts, local);
    LocalDrift drift = new LocalDrift(workflow, source, contexts);
    this.revocationPages = new RevocationPages(workflow, pages);
    this.details = detailPages(options, source, drift);
    this.signIn =
        new SignIn(
            workflow, authentication, pages, options.sessionLifetime(), options.signInLimit());
    LocalRequestChecks localChecks = new LocalRequestChecks(contexts, workflow, options.policy());
    this.requests = new RequestsApi(workflow, localChecks);
    this.check = new CheckApi(contexts, workflow, options.policy(), drift);
    this.localDownloads = new LocalDownloads(contexts, workflow);
    this.localPages = new LocalPages(contexts, workflow, options.policy(), drift, pages);
    this.admin = new AdminApi(workflow);
    this.workflowPages = new WorkflowPages(workflow, pages, localChecks);
    this.adminPages = new AdminPages(workflow, pages);
    this.watchesApi = new WatchesApi(workflow);
    this.watchPages = new WatchPages(workflow, pages);
    this.revocationsApi = new RevocationsApi(workflow);
  }

  /**
   * The local assignments the lookups, searches and pages show beside IANA's records: the store's,
   * re-read as often as its versions; none without a store.
   */
  private static LocalEntries localEntries(Workflow workflow) {
    if (!workflow.isAvailable()) {
      return LocalEntries.NONE;
    }
    return new StoreLocalEntries(
        () -> workflow.local().current(),
        StoreRegistrySource.DEFAULT_POLL_INTERVAL,
        Clock.systemUTC());
  }

  private DetailPages detailPages(ServerOptions options, RegistrySource source, LocalDrift drift) {
    String publicUrl = options.publicUrl().map(Object::toString).orElse("");
    return new DetailPages(
        source, lookups, pages, publicUrl, drift::notices, revocationPages::noticeFor);
  }

  /** The Jetty handler that answers port lookups before Javalin's routing. */
  LookupFastPath lookupFastPath() {
    return new LookupFastPath(lookups, metrics, options.httpsOnly(), pages.anonymousVariant());
  }

  /** Starts the background work of a started server: the versions page's counts. */
  void startBackground() {
    warming = pages.warmVersions();
  }

  /** Stops what {@link #startBackground} started. */
  void stopBackground() {
    Thread thread = warming;
    if (thread != null) {
      thread.interrupt();
    }
  }

  void addTo(RoutesConfig routes) {
    routes.before(ctx -> ctx.header(Header.VARY, Header.ACCEPT_ENCODING));
    routes.after(Routes::htmlCacheControl);
    routes.before(authentication::before);
    routes.get("/login", signIn::form);
    routes.post("/login", signIn::signIn);
    routes.post("/logout", signIn::signOut);
    addRegistryPages(routes);
    addRegistryApi(routes);
    addWorkflowRoutes(routes);
    addAssets(routes);
    addWorkflowPages(routes, workflowPages);
    addAdminPages(routes, adminPages);
    addLocalPages(routes, localPages);
    addWatchRoutes(routes);
    addRevocationRoutes(routes);
    routes.get("/healthz", operations::health);
    routes.get("/metrics", operations::metrics);
  }

  /** The registry's pages and downloads, current and of past versions. */
  private void addRegistryPages(RoutesConfig routes) {
    routes.get("/", pages::home);
    routes.get("/person/{id}", pages::person);
    routes.get("/versions", pages::versions);
    routes.get("/versions/{version}", pages::version);
    routes.get("/service/{name}", details::service);
    routes.get("/port/{port}", details::port);
    routes.get("/map", details::map);
    routes.get("/map.svg", details::mapImage);
    routes.get("/diff", details::diff);
    routes.get("/feed.atom", details::feed);
    for (DownloadFormat format : options.downloads().all()) {
      getAndHead(routes, "/" + format.fileName(), ctx -> serveCurrent(ctx, format));
      getAndHead(
          routes,
          "/versions/{version}/" + format.fileName(),
          ctx -> downloads.serveVersion(ctx, format));
    }
  }

  /** A current download; {@code ?with=local} adds the local assignments. */
  private void serveCurrent(Context ctx, DownloadFormat format) {
    if (ctx.queryParam("with") != null) {
      localDownloads.serve(ctx, format);
    } else {
      downloads.serveCurrent(ctx, format);
    }
  }

  /** The read-only registry API: versions, records, people and lookups. */
  private void addRegistryApi(RoutesConfig routes) {
    routes.get(ApiPaths.PREFIX + "/registry", api::registry);
    routes.get(ApiPaths.PREFIX + "/versions", api::versions);
    routes.get(ApiPaths.PREFIX + "/versions/{version}", api::version);
    routes.get(ApiPaths.PREFIX + "/records", api::records);
    routes.get(ApiPaths.PREFIX + "/people/{id}", api::person);
    routes.get(ApiPaths.PREFIX + "/ports/{port}", lookups::port);
    routes.get(ApiPaths.PREFIX + "/ports/{port}/{transport}", lookups::portOnTransport);
    routes.get(ApiPaths.PREFIX + "/services/{name}", lookups::service);
    routes.get(ApiPaths.PREFIX + "/free", lookups::free);
    routes.get(ApiPaths.PREFIX + "/diff", lookups::diff);
    routes.get(ApiPaths.PREFIX + "/history", lookups::history);
    routes.get(ApiPaths.PREFIX + "/check", check::check);
  }

  /** The static assets: the OpenAPI document, stylesheet, icon and script. */
  private void addAssets(RoutesConfig routes) {
    routes.get(
        ApiPaths.PREFIX + "/openapi.json",
        asset("openapi.json", "application/json; charset=utf-8"));
    routes.get("/assets/portreg.css", versioned("portreg.css", "text/css; charset=utf-8"));
    routes.get("/assets/favicon.svg", versioned("favicon.svg", "image/svg+xml"));
    // Browsers ask for /favicon.ico on pages that name no icon, such as the .html download.
    routes.get("/favicon.ico", asset("favicon.svg", "image/svg+xml"));
    routes.get(
        "/assets/request-form.js", versioned("request-form.js", "text/javascript; charset=utf-8"));
  }

  /** The requests API and administration; every write here is in the OpenAPI document. */
  private void addWorkflowRoutes(RoutesConfig routes) {
    routes.post(ApiPaths.PREFIX + "/requests", requests::submit);
    routes.get(ApiPaths.PREFIX + "/requests", requests::list);
    routes.post(ApiPaths.PREFIX + "/requests/validate", requests::validate);
    routes.get(ApiPaths.PREFIX + "/requests/{id}", requests::show);
    routes.post(ApiPaths.PREFIX + "/requests/{id}/actions", requests::act);
    routes.post(ApiPaths.PREFIX + "/services/{name}/deassign", admin::deassign);
    routes.post(ApiPaths.PREFIX + "/services/{name}/revoke", admin::revoke);
    routes.post(ApiPaths.PREFIX + "/services/{name}/transfer", admin::transfer);
    routes.post(ApiPaths.PREFIX + "/services/{name}/modify", admin::modify);
    routes.get(ApiPaths.PREFIX + "/users", admin::users);
    routes.post(ApiPaths.PREFIX + "/users", admin::addUser);
    routes.patch(ApiPaths.PREFIX + "/users/{username}", admin::updateUser);
    routes.post(ApiPaths.PREFIX + "/tokens", admin::issueToken);
    routes.get(ApiPaths.PREFIX + "/audit", admin::audit);
  }

  /** The workflow pages: a server without a store answers them with 501. */
  private static void addWorkflowPages(RoutesConfig routes, WorkflowPages pages) {
    routes.get("/requests/new", pages::newRequest);
    routes.post("/requests", pages::submit);
    routes.get("/requests/mine", pages::mine);
    routes.get("/requests/{id}", pages::status);
    routes.post("/requests/{id}/act", pages::act);
    routes.get("/review", pages::review);
  }

  /** The local registry's pages; the policy page needs no store. */
  private static void addLocalPages(RoutesConfig routes, LocalPages pages) {
    routes.get("/local", pages::list);
    routes.get("/local/{name}", pages::entry);
    routes.post("/local/{name}/acknowledge", pages::acknowledge);
    routes.get("/conflicts", pages::conflicts);
    routes.get("/policy", pages::policy);
  }

  private static void addAdminPages(RoutesConfig routes, AdminPages pages) {
    routes.get(AdminPages.PATH, pages::page);
    routes.post(AdminPages.PATH + "/deassign", pages::deassign);
    routes.post(AdminPages.PATH + "/transfer", pages::transfer);
    routes.post(AdminPages.PATH + "/modify", pages::modify);
    routes.post(AdminPages.PATH + "/users", pages::addUser);
    routes.post(AdminPages.PATH + "/users/{username}", pages::updateUser);
  }

  /** Saved watches (API and pages) and the e-mail preference page. */
  private void addWatchRoutes(RoutesConfig routes) {
    routes.get(ApiPaths.PREFIX + "/watches", watchesApi::list);
    routes.post(ApiPaths.PREFIX + "/watches", watchesApi::create);
    routes.get(ApiPaths.PREFIX + "/watches/{id}", watchesApi::show);
    routes.delete(ApiPaths.PREFIX + "/watches/{id}", watchesApi::remove);
    routes.get("/watches", watchPages::list);
    routes.post("/watches", watchPages::add);
    routes.get("/watches/{id}", watchPages::show);
    routes.post("/watches/{id}/remove", watchPages::remove);
    routes.get("/notifications", watchPages::preference);
    routes.post("/notifications", watchPages::setPreference);
  }

  /** The public call for comments before a revocation (RFC 6335 §8.4): API and pages. */
  private void addRevocationRoutes(RoutesConfig routes) {
    routes.get(ApiPaths.PREFIX + "/revocations", revocationsApi::list);
    routes.get(ApiPaths.PREFIX + "/revocations/{id}", revocationsApi::show);
    routes.post(ApiPaths.PREFIX + "/revocations/{id}/comments", revocationsApi::comment);
    routes.post(ApiPaths.PREFIX + "/revocations/{id}/withdraw", revocationsApi::withdraw);
    routes.post(ApiPaths.PREFIX + "/services/{name}/revocation", revocationsApi::propose);
    routes.get(RevocationPages.PATH, revocationPages::list);
    routes.post(RevocationPages.PATH, revocationPages::propose);
    routes.get(RevocationPages.PATH + "/{id}", revocationPages::show);
    routes.post(RevocationPages.PATH + "/{id}/comments", revocationPages::comment);
    routes.post(RevocationPages.PATH + "/{id}/revoke", revocationPages::revoke);
    routes.post(RevocationPages.PATH + "/{id}/withdraw", revocationPages::withdraw);
  }

  /** Downloads answer HEAD too, so clients can check ETag and size; Jetty drops the body. */
  private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }

  private static Handler asset(String name, String mediaType) {
    return Assets.serving(Assets.load(name, mediaType));
  }

  private static Handler versioned(String name, String mediaType) {
    return Assets.versioned(name, Assets.load(name, mediaType));
  }

  /**
   * Web pages show the reader's own navigation and change with each version: caches keep them only
   * for this reader and ask again each time. Routes that set their own (the {@code .html} download,
   * sign-in) keep theirs.
   */
  private static void htmlCacheControl(Context ctx) {
    String type = ctx.res().getContentType();
    if (type != null
        && type.startsWith("text/html")
        && ctx.res().getHeader(Header.CACHE_CONTROL) == null) {
      ctx.header(Header.CACHE_CONTROL, "private, no-cache");
    }
  }

  void fail(Exception e, Context ctx) {
    errors.handle(e, ctx);
  }

  /**
   * Answers requests no route matched (404) or matched with another method (405) like any other
   * failure; statuses set by a route's own failure are left alone.
   */
  void unmatched(Context ctx) {
    if (!RegistryServer.routeOf(ctx).equals("unmatched")) {
      return;
    }
    errors.handle(
        ctx.statusCode() == 405
            ? new MethodNotAllowedResponse(ctx.method() + " is not allowed on " + ctx.path())
            : new NotFoundException("nothing at " + ctx.path()),
        ctx);
  }

  void record(Context ctx, Float millis) {
    metrics.record(
        RegistryServer.routeOf(ctx), ctx.method().name(), ctx.statusCode(), millis / 1000.0);
  }
}
