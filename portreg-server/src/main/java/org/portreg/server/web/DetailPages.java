package org.portreg.server.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.portreg.diff.Diff;
import org.portreg.error.NotFoundException;
import org.portreg.history.Change;
import org.portreg.history.HistoryQuery;
import org.portreg.index.NameMatch;
import org.portreg.index.RegistryIndex;
import org.portreg.local.LocalAssignment;
import org.portreg.map.MapRegion;
import org.portreg.map.PortMap;
import org.portreg.model.Transport;
import org.portreg.server.registry.LookupJson;
import org.portreg.server.registry.Lookups;
import org.portreg.server.registry.VersionContext;
import org.portreg.server.spi.DriftNotice;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.VersionInfo;
import org.portreg.server.web.view.DetailPage;
import org.portreg.server.web.view.DetailPage.TransportStatus;
import org.portreg.server.web.view.DiffPage;
import org.portreg.server.web.view.Link;
import org.portreg.server.web.view.MapPage;

/** The service, port, map and diff pages and the Atom feed. Thread-safe. */
public final class DetailPages {
  /** How many versions the feed shows, newest first. */
  static final int FEED_ENTRIES = 20;

  private final RegistrySource source;
  private final Lookups lookups;
  private final Pages pages;

  /** The public URL's base ({@code --public-url}), or empty: links are then relative. */
  private final String publicBase;

  /** What the newest versions took from the local assignments, for the feed. */
  private final Supplier<List<DriftNotice>> drift;

  /** The open revocation proposal of a service, as a notice linking to its page. */
  private final Function<String, Optional<Link>> revocation;

  public DetailPages(
      RegistrySource source,
      Lookups lookups,
      Pages pages,
      String publicBase,
      Supplier<List<DriftNotice>> drift,
      Function<String, Optional<Link>> revocation) {
    this.source = source;
    this.drift = drift;
    this.revocation = revocation;
    this.publicBase = publicBase;
    this.lookups = lookups;
    this.pages = pages;
  }

  /**
   * {@code GET /service/{name}}: case-insensitive; a historic name says whose alias it is. Local
   * entries of the name follow IANA's records, marked; a name only they have has a page too.
   */
  public void service(Context ctx) {
    String name = ctx.pathParam("name");
    Optional<NameMatch> found = lookups.current().index().lookupByName(name);
    List<LocalAssignment> held = lookups.localNamed(name);
    if (found.isEmpty() && held.isEmpty()) {
      throw new NotFoundException("no service named " + name);
    }
    if (found.isEmpty()) {
      String local = held.get(0).name();
      List<String> notes = List.of("IANA's registry has no service named " + local + ".");
      Beside beside = new Beside(List.of(), held);
      render(ctx, local, notes, List.of(), List.of(), history(nameQuery(local)), beside);
      return;
    }
    NameMatch match = found.get();
    List<String> notes = new ArrayList<>();
    match
        .historicName()
        .ifPresent(
            h ->
                notes.add(
                    h
                        + " is a historic name (RFC 6335 §10.1): an alias of "
                        + match.name()
                        + ", whose records follow."));
    List<Change> history = history(nameQuery(match.name()));
    List<Link> notices = revocation.apply(match.name()).stream().toList();
    render(
        ctx, match.name(), notes, List.of(), match.records(), history, new Beside(notices, held));
  }

  private static HistoryQuery nameQuery(String name) {
    return new HistoryQuery(Optional.of(name), Optional.empty(), Optional.empty());
  }

  /** {@code GET /port/{port}}: status per transport, records and history. */
  public void port(Context ctx) {
    int port = Lookups.parsePort(ctx.pathParam("port"));
    RegistryIndex index = lookups.current().index();
    List<TransportStatus> statuses = new ArrayList<>();
    for (Transport t : Transport.values()) {
      statuses.add(new TransportStatus(t.token(), LookupJson.statusName(index, port, t)));
    }
    List<Change> history =
        history(new HistoryQuery(Optional.empty(), Optional.of(port), Optional.empty()));
    String heading = "Port " + port;
    List<String> notes = List.of(DetailModels.spaceOf(port));
    Beside local = new Beside(List.of(), lookups.localOn(port));
    render(ctx, heading, notes, statuses, index.lookup(port), history, local);
  }

  private List<Change> history(HistoryQuery query) {
    return source.hasHistory() ? source.history(query) : List.of();
  }

  /** What a detail page shows beside IANA's records: notices above them, local entries after. */
  private record Beside(List<Link> notices, List<LocalAssignment> held) {}

  /**
   * Renders {@code detail.jte}; a port page is the one with statuses; the local entries held follow
   * IANA's records, marked as local.
   */
  private void render(
      Context ctx,
      String heading,
      List<String> notes,
      List<TransportStatus> statuses,
      List<org.portreg.model.ServiceRecord> records,
      List<Change> history,
      Beside beside) {
    DetailRecords.Table table = DetailRecords.table(records);
    DetailPage page =
        new DetailPage(
            heading + " — portreg",
            heading,
            notes,
            DetailRecords.summary(records, lookups.current()::person, !statuses.isEmpty()),
            statuses,
            table.columns(),
            table.rows(),
            DetailRecords.cards(records),
            DetailModels.history(history, oldestDate()),
            source.hasHistory());
    pages.render(
        ctx,
        "detail.jte",
        Map.of("page", page, "notices", beside.notices(), "local", LocalRows.of(beside.held())));
  }

  /** The date of the oldest stored version (versions come newest first), or "" without one. */
  private String oldestDate() {
    List<VersionInfo> versions = source.versions();
    return versions.isEmpty() ? "" : versions.get(versions.size() - 1).updated().toString();
  }

  /** {@code GET /map}: the port-space map, each block of 1024 ports a link to its search. */
  public void map(Context ctx) {
    if (source.current().isEmpty()) {
      pages.render(ctx, "empty.jte", Map.of());
      return;
    }
    String svg = new String(mapSvg(lookups.current()), StandardCharsets.UTF_8);
    int open = svg.indexOf("<svg");
    int openEnd = svg.indexOf('>', open);
    String svgOpen = svg.substring(open, openEnd) + " id=\"port-map\" class=\"port-map\">";
    String body = svg.substring(openEnd + 1, svg.lastIndexOf("</svg>"));
    List<MapPage.Region> regions = new ArrayList<>();
    for (MapRegion r : PortMap.regions(4)) {
      String ports = "port:" + r.ports().first() + "-" + r.ports().last();
      String query = ports + " proto:" + r.transport().token();
      regions.add(
          new MapPage.Region(
              "/?search=" + PageModels.encode(ports) + "+proto%3A" + r.transport().token(),
              query,
              r.x(),
              r.y(),
              r.width(),
              r.height()));
    }
    pages.render(
        ctx,
        "map.jte",
        Map.of("page", new MapPage("Port-space map — portreg", svgOpen, body, regions)));
  }

  /** {@code GET /map.svg}: the map as a standalone SVG. */
  public void mapImage(Context ctx) {
    ctx.contentType("image/svg+xml");
    ctx.header("Cache-Control", "public, max-age=60");
    ctx.result(mapSvg(lookups.current()));
  }

  private static byte[] mapSvg(VersionContext context) {
    return context.map(() -> PortMap.svg(context.index()));
  }

  /** {@code GET /diff?from=DATE&to=DATE}: the form, and the diff once both are chosen. */
  public void diff(Context ctx) {
    List<String> dates = source.versions().stream().map(VersionInfo::name).toList();
    String from = Optional.ofNullable(ctx.queryParam("from")).orElse("").strip();
    String to = Optional.ofNullable(ctx.queryParam("to")).orElse("").strip();
    DiffPage page;
    if (from.isEmpty() || to.isEmpty()) {
      String newest = dates.isEmpty() ? "" : dates.get(0);
      String previous = dates.size() < 2 ? newest : dates.get(1);
      page =
          new DiffPage("Diff — portreg", dates, previous, newest, false, "", List.of(), List.of());
    } else {
      Diff diff = lookups.diff(from, to);
      page =
          new DiffPage(
              "Diff " + from + " → " + to + " — portreg",
              dates,
              from,
              to,
              true,
              DetailModels.summary(diff),
              DetailModels.changes(diff),
              DetailModels.otherChanges(diff));
    }
    pages.render(ctx, "diff.jte", Map.of("page", page));
  }

  /**
   * {@code GET /feed.atom}: one entry per version, newest first, with its diff summary; with {@code
   * ?search=QUERY}, only the versions that changed records QUERY matches (in either version), each
   * with those records' field-level changes.
   */
  public void feed(Context ctx) {
    String search = ctx.queryParam("search");
    if (search != null && !search.isBlank()) {
      ctx.contentType(AtomFeed.MEDIA_TYPE);
      ctx.result(SearchFeed.write(source, lookups, publicBase, search));
      return;
    }
    List<VersionInfo> versions = source.versions();
    // Never from the Host header: a forged one must not end up in cached links.
    String base = publicBase;
    List<DriftNotice> drifted = versions.isEmpty() ? List.of() : drift.get();
    // Kept in the newest version's context: a new version makes a new feed, and so does a change
    // of drift (a new alert, an acknowledgement, a move).
    String key = drifted.isEmpty() ? base : base + " drift " + drifted.hashCode();
    byte[] feed =
        versions.isEmpty()
            ? writeFeed(base, versions, drifted)
            : lookups
                .current()
                .feed(key, versions.size(), () -> writeFeed(base, versions, drifted));
    ctx.contentType(AtomFeed.MEDIA_TYPE);
    ctx.result(feed);
  }

  private byte[] writeFeed(String base, List<VersionInfo> versions, List<DriftNotice> drifted) {
    List<AtomFeed.Entry> entries = new ArrayList<>();
    for (int i = 0; i < Math.min(FEED_ENTRIES, versions.size()); i++) {
      VersionInfo version = versions.get(i);
      VersionInfo previous = i + 1 < versions.size() ? versions.get(i + 1) : null;
      Diff diff = previous == null ? null : lookups.diff(previous.name(), version.name());
      entries.add(new AtomFeed.Entry(version, previous, diff, false));
    }
    String title =
        source.current().map(v -> v.registry().header().title()).orElse("portreg registry");
    return AtomFeed.write(title, base, entries, drifted);
  }
}
