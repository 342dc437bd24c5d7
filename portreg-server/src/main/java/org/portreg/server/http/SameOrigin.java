package org.portreg.server.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.portreg.error.PermissionDeniedException;

/**
 * The origin check of writes made with a browser's ambient credentials (the session cookie, the
 * sign-in form): a request whose {@code Origin}, or failing that {@code Referer}, names another
 * origin than the one it was sent to is refused, whatever its CSRF token. A request with neither
 * header passes (non-browser clients send none; the CSRF token still guards it). Stateless.
 */
public final class SameOrigin {
  private SameOrigin() {}

  /**
   * Refuses a write from another origin.
   *
   * @param host the request's {@code Host} header: the authority the browser sent it to
   * @param origin the {@code Origin} header, or null
   * @param referer the {@code Referer} header, or null
   * @throws PermissionDeniedException (403) naming the foreign origin
   */
  public static void require(String host, String origin, String referer) {
    String claimed = origin != null ? origin : referer;
    if (claimed == null) {
      return;
    }
    if (host == null || !sameAuthority(claimed.strip(), host.strip())) {
      throw new PermissionDeniedException(
          "cross-origin write refused: "
              + (origin != null ? "Origin" : "Referer")
              + " names another site than this one");
    }
  }

  /** Whether the URL {@code claimed} points at {@code host} (host[:port], default ports equal). */
  static boolean sameAuthority(String claimed, String host) {
    URI uri;
    try {
      uri = new URI(claimed);
    } catch (URISyntaxException e) {
      return false; // "null" (an opaque origin) and anything malformed is not this site
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return false;
    }
    int defaultPort = scheme.equals("https") ? 443 : 80;
    int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
    return authority(uri.getHost(), port, defaultPort).equals(normalizedHost(host, defaultPort));
  }

  private static String authority(String hostName, int port, int defaultPort) {
    String name = hostName.toLowerCase(Locale.ROOT);
    return port == defaultPort ? name : name + ":" + port;
  }

  private static String normalizedHost(String host, int defaultPort) {
    String lower = host.toLowerCase(Locale.ROOT);
    String suffix = ":" + defaultPort;
    return lower.endsWith(suffix) ? lower.substring(0, lower.length() - suffix.length()) : lower;
  }
}
