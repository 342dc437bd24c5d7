package org.portreg.server.registry;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.portreg.diff.Diff;
import org.portreg.diff.DiffFormat;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.history.HistoryQuery;
import org.portreg.index.FreePorts;
import org.portreg.index.NameMatch;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalMatches;
import org.portreg.model.PortRange;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.spi.LocalEntries;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.RegistryVersion;

/**
 * The lookup endpoints of the API: ports, services, free ports, diffs and history. Answers are
 * compact JSON computed once per version; port answers carry an ETag of the version and the port.
 * Port and service answers show the local entries on the port or of the name, marked as local, when
 * there are any ({@link LocalEntries}). Thread-safe.
 */
public final class Lookups {
  static final String CACHE_CONTROL = "public, max-age=60";

  private final RegistrySource source;
  private final VersionContexts contexts;
  private final LocalEntries local;

  public Lookups(RegistrySource source, VersionContexts contexts, LocalEntries local) {
    this.source = source;
    this.contexts = contexts;
    this.local = local;
  }

  /** {@code GET /api/v1/ports/{port}}. */
  public void port(Context ctx) {
    sendPort(ctx, Optional.empty());
  }

  /** {@code GET /api/v1/ports/{port}/{transport}}. */
  public void portOnTransport(Context ctx) {
    sendPort(ctx, Optional.of(parseTransport(ctx.pathParam("transport"))));
  }

  private void sendPort(Context ctx, Optional<Transport> transport) {
    int port = parsePort(ctx.pathParam("port"));
    VersionContext.PortAnswer answer =
        current().portAnswer(port, transport.orElse(null), local.current());
    ctx.header(Header.ETAG, answer.etag());
    ctx.header(Header.CACHE_CONTROL, CACHE_CONTROL);
    if (answer.etag().equals(ctx.header(Header.IF_NONE_MATCH))) {
      ctx.status(304);
      return;
    }
    send(ctx, answer.body());
  }

  /**
   * {@code GET /api/v1/services/{name}}: a historic name answers its replacement's records; local
   * entries of the name follow, and a name only they have is found too.
   */
  public void service(Context ctx) {
    String name = ctx.pathParam("name");
    Optional<NameMatch> match = current().index().lookupByName(name);
    List<LocalAssignment> held = localNamed(name);
    if (match.isEmpty() && held.isEmpty()) {
      throw new NotFoundException("no service named " + name);
    }
    ctx.header(Header.CACHE_CONTROL, CACHE_CONTROL);
    send(ctx, LookupJson.service(name, match, held));
  }

  /** The current local entries named {@code name} (case-insensitively). */
  public List<LocalAssignment> localNamed(String name) {
    return LocalMatches.named(local.current().entries(), name, null);
  }

  /** The current local entries holding {@code port} on any transport. */
  public List<LocalAssignment> localOn(int port) {
    return LocalMatches.onPorts(local.current().entries(), PortRange.of(port), null);
  }

  /** The current local entries (may read the store). */
  public LocalEntries.Overlay local() {
    return local.current();
  }

  /** The current local entries when at hand without blocking, else empty. */
  Optional<LocalEntries.Overlay> localIfAtHand() {
    return local.currentIfAtHand();
  }

  /** {@code GET /api/v1/free?transport=tcp,udp&count=4&range=user&contiguous=false}. */
  public void free(Context ctx) {
    List<Transport> transports = parseTransports(ctx.queryParam("transport"));
    int count = parseCount(ctx.queryParam("count"));
    String range = Optional.ofNullable(ctx.queryParam("range")).orElse("user");
    PortSpace space = parseSpace(range);
    boolean contiguous = Boolean.parseBoolean(ctx.queryParam("contiguous"));
    List<PortRange> ports =
        FreePorts.find(current().index(), Set.copyOf(transports), count, space, contiguous);
    send(ctx, LookupJson.free(transports, range.toLowerCase(Locale.ROOT), contiguous, ports));
  }

  /** {@code GET /api/v1/diff?from=DATE&to=DATE}: the diff JSON of {@code portreg diff}. */
  public void diff(Context ctx) {
    Diff diff = diff(required(ctx, "from"), required(ctx, "to"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiffFormat.writeJson(diff, out);
    send(ctx, out.toByteArray());
  }

  /** The records {@code query} matches in the version of {@code date}, in registry order. */
  public List<ServiceRecord> matching(String date, String query) {
    return contexts.at(date).records(query);
  }

  /** The diff between the versions of two dates, cached per pair of version ids. */
  public Diff diff(String from, String to) {
    RegistryVersion older = Versions.at(source, from);
    return contexts.at(to).diffFrom(older);
  }

  /** {@code GET /api/v1/history?name=N} or {@code ?port=P[&transport=T]}. */
  public void history(Context ctx) {
    HistoryQuery query =
        historyQuery(ctx.queryParam("name"), ctx.queryParam("port"), ctx.queryParam("transport"));
    send(ctx, LookupJson.history(query.toString(), source.history(query)));
  }

  /** The history query of the request's parameters. */
  static HistoryQuery historyQuery(String name, String port, String transport) {
    if ((name == null) == (port == null)) {
      throw new InvalidInputException("history needs either name=NAME or port=PORT");
    }
    if (name != null) {
      return new HistoryQuery(Optional.of(name), Optional.empty(), Optional.empty());
    }
    Optional<Transport> t = Optional.ofNullable(transport).map(Lookups::parseTransport);
    return new HistoryQuery(Optional.empty(), Optional.of(parsePort(port)), t);
  }

  /** The metrics route of a port lookup path. */
  String routeOf(String path) {
    return path.indexOf('/', "/api/v1/ports/".length()) < 0
        ? ApiPaths.PREFIX + "/ports/{port}"
        : ApiPaths.PREFIX + "/ports/{port}/{transport}";
  }

  public VersionContext current() {
    return contexts.current();
  }

  /** The current version's context when it is at hand without blocking, else empty. */
  Optional<VersionContext> currentIfAtHand() {
    return contexts.currentIfAtHand();
  }

  public static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= PortRange.MAX_PORT) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below, with the other out-of-range values
    }
    throw new InvalidInputException("port must be a number in 0..65535, was " + text);
  }

  static Transport parseTransport(String text) {
    return Transport.parse(text.toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new InvalidInputException("transport must be tcp, udp, sctp or dccp, was " + text));
  }

  private static List<Transport> parseTransports(String text) {
    Set<Transport> transports = new LinkedHashSet<>();
    for (String token : Optional.ofNullable(text).orElse("tcp,udp").split(",", -1)) {
      transports.add(parseTransport(token.strip()));
    }
    return new ArrayList<>(transports);
  }

  private static int parseCount(String text) {
    try {
      int count = text == null ? 1 : Integer.parseInt(text);
      if (count >= 1 && count <= 1000) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException("count must be a number in 1..1000, was " + text);
  }

  private static PortSpace parseSpace(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "user" -> PortSpace.USER;
      case "system" -> PortSpace.SYSTEM;
      default -> throw new InvalidInputException("range must be user or system, was " + text);
    };
  }

  private static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("missing parameter " + name + "=DATE");
    }
    return value.strip();
  }

  private static void send(Context ctx, byte[] body) {
    ctx.contentType(ApiPaths.JSON);
    ctx.result(body);
  }
}
