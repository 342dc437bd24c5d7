package org.portreg.server.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.portreg.error.InvalidInputException;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.Page;
import org.portreg.server.spi.LocalEntries;

/**
 * Finds, for {@link LookupFastPath}, the answer an anonymous reader's {@code GET /api/v1/records}
 * or {@code GET /} (the current registry page) would get, when the current version already holds it
 * rendered: the search API and the registry page are the hot reads after the lookup (issue 12).
 * Only plain requests qualify: no cookie (so no session, no flash message), no Authorization, a
 * query of {@code search} and {@code page} alone in plain characters. A search's page is the one
 * rendered with the local entries at hand ({@link VersionContext.PageKey#with}). Anything else,
 * every page not yet rendered, and any request while the local entries are not at hand, is left to
 * Javalin, which renders and keeps it. Thread-safe.
 */
final class CachedPages {
  /** The smallest body Javalin compresses (its default {@code minSizeForCompression}). */
  static final int MIN_GZIP_SIZE = 1500;

  private static final String RECORDS = ApiPaths.PREFIX + "/records";
  private static final int MAX_QUERY = 256;

  private final Lookups lookups;
  private final String anonymousVariant;

  /**
   * A finder over the current version of {@code lookups}; {@code anonymousVariant} is the variant
   * key under which the registry page keeps what a reader who is not signed in sees.
   */
  CachedPages(Lookups lookups, String anonymousVariant) {
    this.lookups = lookups;
    this.anonymousVariant = anonymousVariant;
  }

  /**
   * A cached answer.
   *
   * @param body the bytes Javalin's route sends
   * @param gzip their gzip, when the client accepts it and Javalin would compress them; else null
   * @param html whether it is the registry page (else the records API's JSON)
   */
  record Answer(byte[] body, byte[] gzip, boolean html) {
    String route() {
      return html ? "/" : RECORDS;
    }
  }

  /** The answer of {@code request} when it qualifies and is rendered already, else null. */
  Answer find(Request request) {
    if (!anonymousGet(request)) {
      return null;
    }
    String path = request.getHttpURI().getPath();
    boolean html = "/".equals(path);
    if (!html && !RECORDS.equals(path)) {
      return null;
    }
    VersionContext.PageKey key = keyAtHand(request);
    Optional<VersionContext> context = lookups.currentIfAtHand();
    if (key == null || context.isEmpty()) {
      return null;
    }
    Object cacheKey = html ? new VersionContext.RenderedKey(key, "/", anonymousVariant) : key;
    byte[] body =
        html
            ? context.get().rendered((VersionContext.RenderedKey) cacheKey)
            : context.get().recordPageIfPresent(key);
    if (body == null) {
      return null;
    }
    if (body.length < MIN_GZIP_SIZE
        || !acceptsGzip(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING))) {
      return new Answer(body, null, html);
    }
    byte[] gzip = context.get().gzippedIfPresent(cacheKey);
    return gzip == null ? null : new Answer(body, gzip, html);
  }

  /** The request's page key with the local entries at hand; null when they are not, or no key. */
  private VersionContext.PageKey keyAtHand(Request request) {
    VersionContext.PageKey plain = pageKey(request.getHttpURI().getQuery());
    Optional<LocalEntries.Overlay> local = lookups.localIfAtHand();
    return plain == null || local.isEmpty() ? null : plain.with(local.get());
  }

  private static boolean anonymousGet(Request request) {
    return HttpMethod.GET.is(request.getMethod())
        && !request.getHeaders().contains(HttpHeader.COOKIE)
        && !request.getHeaders().contains(HttpHeader.AUTHORIZATION);
  }

  /**
   * The page and search of a query made of {@code search=} and {@code page=} alone, each at most
   * once, in letters, digits, {@code + - . _ ~ : *} (a {@code +} is a space, as Javalin reads it);
   * null for anything else, which Javalin parses and, if need be, refuses itself.
   */
  static VersionContext.PageKey pageKey(String query) {
    if (query == null || query.isEmpty()) {
      return new VersionContext.PageKey(1, "");
    }
    if (query.length() > MAX_QUERY) {
      return null;
    }
    String search = null;
    String page = null;
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      if (equals < 0 || !plain(pair, equals + 1)) {
        return null;
      }
      String name = pair.substring(0, equals);
      String value = pair.substring(equals + 1).replace('+', ' ');
      if (name.equals("search") && search == null) {
        search = value;
      } else if (name.equals("page") && page == null) {
        page = value;
      } else {
        return null;
      }
    }
    return key(page, search == null ? "" : search.strip());
  }

  /** The key of page {@code page} as the route reads it, or null where the route refuses it. */
  private static VersionContext.PageKey key(String page, String search) {
    try {
      return new VersionContext.PageKey(Page.parseNumber(page), search);
    } catch (InvalidInputException e) {
      return null;
    }
  }

  private static boolean plain(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "+-._~:*".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether Javalin would gzip for this Accept-Encoding: one of its comma-separated tokens is gzip.
   */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String token : acceptEncoding.split(",")) {
      if (token.strip().equals("gzip")) {
        return true;
      }
    }
    return false;
  }

  /** {@code body} gzipped at level 6, Javalin's default. */
  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gzip =
        new GZIPOutputStream(out, 8192) {
          {
            def.setLevel(6);
          }
        }) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
