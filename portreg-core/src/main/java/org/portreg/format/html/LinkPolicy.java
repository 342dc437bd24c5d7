package org.portreg.format.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.portreg.model.PortRange;

/**
 * Where the HTML links service names, ports and search pages: the server links them to its own
 * pages, a file export links nothing. Immutable, thread-safe.
 *
 * @param servicePrefix the path before a URL-encoded service name, such as {@code /service/}
 * @param portPrefix the path before a port or range, such as {@code /port/}
 * @param searchPath the search page, such as {@code /search}; pages link to {@code
 *     PATH?q=QUERY&page=N}
 */
public record LinkPolicy(
    Optional<String> servicePrefix, Optional<String> portPrefix, Optional<String> searchPath) {
  /** No links at all: for files. */
  public static final LinkPolicy NONE =
      new LinkPolicy(Optional.empty(), Optional.empty(), Optional.empty());

  /** The server's links: {@code /service/NAME}, {@code /port/N} and {@code /search}. */
  public static final LinkPolicy SERVER =
      new LinkPolicy(Optional.of("/service/"), Optional.of("/port/"), Optional.of("/search"));

  /** Checks no component is null. */
  public LinkPolicy {
    Objects.requireNonNull(servicePrefix, "servicePrefix");
    Objects.requireNonNull(portPrefix, "portPrefix");
    Objects.requireNonNull(searchPath, "searchPath");
  }

  /** The link of a service name, if this policy links names. */
  public Optional<String> service(String name) {
    return servicePrefix.map(p -> p + encode(name));
  }

  /** The link of a port or range, if this policy links ports. */
  public Optional<String> port(PortRange port) {
    return portPrefix.map(p -> p + port);
  }

  /** The link of page {@code page} (1-based) of the results of {@code query}. */
  public Optional<String> searchPage(String query, int page) {
    return searchPath.map(p -> p + "?q=" + encode(query) + "&page=" + page);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
