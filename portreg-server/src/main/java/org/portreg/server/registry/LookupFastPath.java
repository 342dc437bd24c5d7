package org.portreg.server.registry;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.portreg.model.Transport;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.HttpMetrics;
import org.portreg.server.http.SecurityHeaders;
import org.portreg.server.spi.LocalEntries;

/**
 * Answers well-formed {@code GET /api/v1/ports/{port}[/{transport}]}, and an anonymous reader's
 * search API and registry page when already rendered ({@link CachedPages}), at the Jetty level,
 * before Javalin's routing, from the answers {@link VersionContext} renders once per version: the
 * lookup is the hot endpoint (DESIGN §9), and Javalin's per-request work (context, routing,
 * before-handlers, request logger) costs more than the lookup itself. The answer is the same bytes
 * and headers the Javalin route gives; anything else (a bad port, an unknown transport, no version,
 * HEAD, local entries not read lately) falls through to Javalin, which answers it as usual. With
 * local entries, a port they hold is answered with them, from a cache of their generation.
 * Thread-safe.
 */
public final class LookupFastPath extends Handler.Wrapper {
  private static final String PREFIX = ApiPaths.PREFIX + "/ports/";
  private static final HttpField CONTENT_TYPE =
      new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, ApiPaths.JSON);
  private static final HttpField HTML_TYPE =
      new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
  private static final HttpField HTML_CACHE_CONTROL =
      new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "private, no-cache");
  private static final HttpField GZIP =
      new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");
  private static final HttpField CACHE_CONTROL =
      new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, Lookups.CACHE_CONTROL);
  private static final HttpField VARY =
      new PreEncodedHttpField(HttpHeader.VARY, HttpHeader.ACCEPT_ENCODING.asString());
  private static final List<HttpField> SECURITY =
      SecurityHeaders.ALWAYS.entrySet().stream()
          .<HttpField>map(h -> new PreEncodedHttpField(h.getKey(), h.getValue()))
          .toList();
  private static final HttpField HSTS =
      new PreEncodedHttpField(SecurityHeaders.HSTS_HEADER, SecurityHeaders.HSTS);

  private final Lookups lookups;
  private final CachedPages pages;
  private final HttpMetrics metrics;
  private final HttpField[] security;

  /**
   * A handler answering from {@code lookups}; {@code httpsOnly} adds the HSTS header the rest of
   * the server sends ({@code ServerOptions.httpsOnly}); {@code anonymousVariant} is the variant key
   * of the registry page a reader who is not signed in sees.
   */
  public LookupFastPath(
      Lookups lookups, HttpMetrics metrics, boolean httpsOnly, String anonymousVariant) {
    this.lookups = lookups;
    this.pages = new CachedPages(lookups, anonymousVariant);
    this.metrics = metrics;
    List<HttpField> fields = new ArrayList<>(SECURITY);
    if (httpsOnly) {
      fields.add(HSTS);
    }
    this.security = fields.toArray(new HttpField[0]);
  }

  /**
   * Non-blocking: Jetty may run {@link #handle} on the network thread that read the request,
   * sparing the hand-off to a pool thread that costs more than a lookup. Only lookups whose answer
   * is at hand are answered there; every other request is handed to the thread pool here.
   */
  @Override
  public InvocationType getInvocationType() {
    return InvocationType.NON_BLOCKING;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long start = System.nanoTime();
    VersionContext.PortAnswer answer = answerFor(request);
    if (answer == null) {
      handleOther(request, response, callback, start);
      return true;
    }
    HttpFields.Mutable headers = commonHeaders(response);
    headers.add(CACHE_CONTROL);
    headers.add(HttpHeader.ETAG, answer.etag());
    boolean notModified = answer.etag().equals(request.getHeaders().get(HttpHeader.IF_NONE_MATCH));
    String route = lookups.routeOf(request.getHttpURI().getPath());
    if (notModified) {
      response.setStatus(304);
      callback.succeeded();
    } else {
      headers.add(CONTENT_TYPE);
      headers.add(HttpHeader.CONTENT_LENGTH, answer.body().length);
      response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }
    metrics.record(route, "GET", notModified ? 304 : 200, (System.nanoTime() - start) / 1e9);
    return true;
  }

  /** A cached page answered here; anything else handed to the thread pool. */
  private void handleOther(Request request, Response response, Callback callback, long start) {
    CachedPages.Answer page = pages.find(request);
    if (page != null) {
      sendPage(page, response, callback, start);
    } else {
      getServer().getThreadPool().execute(() -> handleBlocking(request, response, callback));
    }
  }

  /** Sends a cached page with the headers Javalin's route and before-handlers give it. */
  private void sendPage(CachedPages.Answer page, Response response, Callback callback, long start) {
    HttpFields.Mutable headers = commonHeaders(response);
    headers.add(page.html() ? HTML_TYPE : CONTENT_TYPE);
    if (page.html()) {
      headers.add(HTML_CACHE_CONTROL);
    }
    byte[] body = page.gzip() != null ? page.gzip() : page.body();
    if (page.gzip() != null) {
      headers.add(GZIP);
    }
    headers.add(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    metrics.record(page.route(), "GET", 200, (System.nanoTime() - start) / 1e9);
  }

  /**
   * The headers every answer given here carries, as the before-handlers set them: Vary, security.
   * Added, not put: the response is fresh (Jetty's own Date and Server fields only), and putting
   * compares each new field's name with every field already there.
   */
  private HttpFields.Mutable commonHeaders(Response response) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.add(VARY);
    for (HttpField f : security) {
      headers.add(f);
    }
    return headers;
  }

  /** Hands the request to the rest of the server (Javalin), on a pool thread. */
  private void handleBlocking(Request request, Response response, Callback callback) {
    try {
      if (!super.handle(request, response, callback)) {
        Response.writeError(request, response, callback, 404);
      }
    } catch (Throwable failure) {
      Response.writeError(request, response, callback, failure);
    }
  }

  /** The answer of a well-formed port lookup on an existing version, or null. */
  private VersionContext.PortAnswer answerFor(Request request) {
    if (!HttpMethod.GET.is(request.getMethod())) {
      return null;
    }
    String path = request.getHttpURI().getPath();
    if (path == null || !path.startsWith(PREFIX)) {
      return null;
    }
    int slash = path.indexOf('/', PREFIX.length());
    int port = parsePort(path, PREFIX.length(), slash < 0 ? path.length() : slash);
    if (port < 0) {
      return null;
    }
    Transport transport = null;
    if (slash >= 0) {
      Optional<Transport> t = Transport.parse(path.substring(slash + 1));
      if (t.isEmpty()) {
        return null;
      }
      transport = t.get();
    }
    return answerAtHand(port, transport);
  }

  /** The answer for {@code port} when the version and the local entries are at hand, or null. */
  private VersionContext.PortAnswer answerAtHand(int port, Transport transport) {
    Optional<VersionContext> index = lookups.currentIfAtHand();
    Optional<LocalEntries.Overlay> local = lookups.localIfAtHand();
    try {
      return index.isPresent() && local.isPresent()
          ? index.get().portAnswer(port, transport, local.get())
          : null;
    } catch (RuntimeException e) {
      // No version yet, or the store failed: Javalin's route meets the same failure and answers
      // it as a problem, with logging, in the one place that maps exceptions.
      return null;
    }
  }

  /** The decimal port in {@code path[from, to)}, or -1 when it is not one in 0..65535. */
  private static int parsePort(String path, int from, int to) {
    if (to <= from || to - from > 5) {
      return -1;
    }
    int port = 0;
    for (int i = from; i < to; i++) {
      char c = path.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      port = port * 10 + (c - '0');
    }
    return port <= 65535 ? port : -1;
  }
}
