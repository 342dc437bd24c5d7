package org.portreg.server.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.portreg.diff.Diff;
import org.portreg.diff.RegistryDiff;
import org.portreg.error.NotFoundException;
import org.portreg.index.RegistryIndex;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalMatches;
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.search.RegistrySearch;
import org.portreg.search.SearchQuery;
import org.portreg.search.SearchRow;
import org.portreg.server.http.BoundedCache;
import org.portreg.server.http.Representation;
import org.portreg.server.spi.DownloadFormat;
import org.portreg.server.spi.LocalEntries;
import org.portreg.server.spi.RegistryVersion;

/**
 * Everything the server derives from one registry version, computed on first use and kept while the
 * version stays among the recently used ones ({@link VersionContexts}): the lookup index and
 * search, the lookup answers, the people table, the downloads, the API's record pages, the web's
 * rendered pages, the map, the feed and the diffs against older versions. One object per version,
 * so dropping a version drops all of it at once and no cache key repeats the version id.
 * Thread-safe: a racing first request may compute an answer twice, both copies are equal.
 */
public final class VersionContext {
  private static final int SLOTS = Transport.values().length + 1;

  /**
   * A page of a listing: its number, the query that selected it (empty for all) and the {@link
   * LocalEntries.Overlay#generation()} of the local entries shown with it (0: none).
   */
  public record PageKey(int page, String query, long local) {
    /** A page without local entries. */
    public PageKey(int page, String query) {
      this(page, query, 0);
    }

    /**
     * This page with the local entries of {@code overlay}: those of a search only, since a listing
     * of the whole registry is IANA's alone.
     */
    public PageKey with(LocalEntries.Overlay overlay) {
      return new PageKey(page, query, query.isBlank() ? 0 : overlay.generation());
    }
  }

  /** A rendered web page: the listing's key plus what else shaped the bytes. */
  public record RenderedKey(PageKey listing, String base, String variant) {}

  private final RegistryVersion version;
  private final RegistryIndex index;
  private final RegistrySearch search;
  private final AtomicReferenceArray<PortAnswer> portAnswers =
      new AtomicReferenceArray<>((PortRange.MAX_PORT + 1) * SLOTS);
  private final BoundedCache<String, List<SearchRow>> searches = new BoundedCache<>(256);
  private final BoundedCache<LocalSlot, PortAnswer> localPortAnswers = new BoundedCache<>(1024);
  private final Map<String, Representation> downloads = new HashMap<>();
  private final BoundedCache<PageKey, byte[]> recordPages = new BoundedCache<>(32);
  private final BoundedCache<RenderedKey, byte[]> renderedPages = new BoundedCache<>(32);
  private final BoundedCache<Object, byte[]> gzippedPages = new BoundedCache<>(64);
  private final BoundedCache<String, Diff> diffsFrom = new BoundedCache<>(8);
  private final BoundedCache<String, byte[]> feeds = new BoundedCache<>(2);
  private volatile Map<String, Person> people;
  private volatile byte[] map;

  /**
   * A rendered lookup answer.
   *
   * @param body the compact JSON
   * @param etag its strong ETag, quoted: version id, port and transport
   */
  record PortAnswer(byte[] body, String etag) {}

  /** A port answer's slot with the generation of the local entries in it. */
  private record LocalSlot(long generation, int slot) {}

  VersionContext(RegistryVersion version) {
    this.version = version;
    this.index = RegistryIndex.of(version.registry());
    this.search = RegistrySearch.of(index);
  }

  public RegistryVersion version() {
    return version;
  }

  public RegistryIndex index() {
    return index;
  }

  /**
   * The rows {@code query} matches, in registry order; recent queries are answered from a cache.
   */
  List<SearchRow> search(String query) {
    SearchQuery parsed = SearchQuery.parse(query); // a malformed query fails here, uncached
    return searches.get(query, () -> List.copyOf(search.matches(parsed)));
  }

  /**
   * The records {@code query} matches (synthesized Unassigned rows included), in order; every
   * record when the query is blank.
   */
  public List<ServiceRecord> records(String query) {
    if (query == null || query.isBlank()) {
      return version.registry().records();
    }
    return search(query.strip()).stream().map(SearchRow::record).toList();
  }

  /** The JSON answer for {@code port} on {@code transport}, or on every transport when null. */
  PortAnswer portAnswer(int port, Transport transport) {
    int slot = port * SLOTS + (transport == null ? 0 : transport.ordinal() + 1);
    PortAnswer answer = portAnswers.get(slot);
    if (answer == null) {
      Optional<Transport> t = Optional.ofNullable(transport);
      answer =
          new PortAnswer(
              LookupJson.port(index, port, t, List.of()),
              "\"" + version.id() + "-" + port + t.map(x -> "-" + x.token()).orElse("") + "\"");
      portAnswers.set(slot, answer);
    }
    return answer;
  }

  /**
   * The JSON answer for {@code port} on {@code transport} (null: every transport) with the local
   * entries of {@code overlay} on it: IANA's answer, unchanged, when none is; else with them under
   * {@code local}, rendered once per generation of the entries, its ETag naming the version, the
   * port and a checksum of the body.
   */
  PortAnswer portAnswer(int port, Transport transport, LocalEntries.Overlay overlay) {
    PortAnswer iana = portAnswer(port, transport);
    if (overlay.isEmpty()) {
      return iana;
    }
    List<LocalAssignment> held =
        LocalMatches.onPorts(overlay.entries(), PortRange.of(port), transport);
    if (held.isEmpty()) {
      return iana;
    }
    int slot = port * SLOTS + (transport == null ? 0 : transport.ordinal() + 1);
    return localPortAnswers.get(
        new LocalSlot(overlay.generation(), slot),
        () -> {
          byte[] body = LookupJson.port(index, port, Optional.ofNullable(transport), held);
          CRC32 crc = new CRC32();
          crc.update(body);
          String etag = iana.etag().substring(0, iana.etag().length() - 1);
          return new PortAnswer(body, etag + "-l" + Long.toHexString(crc.getValue()) + "\"");
        });
  }

  /** The person with exactly {@code id}, if any; the first entry wins, as the registry says. */
  public Optional<Person> person(String id) {
    Map<String, Person> table = people;
    if (table == null) {
      Map<String, Person> built = new HashMap<>();
      version.registry().people().forEach(p -> built.putIfAbsent(p.id(), p));
      table = Map.copyOf(built);
      people = table;
    }
    return Optional.ofNullable(table.get(id));
  }

  /**
   * The person with exactly {@code id}.
   *
   * @throws NotFoundException naming the ID when there is none
   */
  public Person findPerson(String id) {
    return person(id).orElseThrow(() -> new NotFoundException("no person with ID '" + id + "'"));
  }

  /** This version's file in {@code format}, rendered once. */
  Representation download(DownloadFormat format) {
    Representation rep;
    synchronized (downloads) {
      rep = downloads.get(format.fileName());
    }
    if (rep == null) {
      rep =
          Representation.of(
              format.writer().apply(version.registry()),
              format.mediaType(),
              Representation.startOf(version.updated()));
      synchronized (downloads) {
        downloads.putIfAbsent(format.fileName(), rep);
      }
    }
    return rep;
  }

  /** A page of the records API, rendered by {@code render} on first use. */
  byte[] recordPage(PageKey key, Supplier<byte[]> render) {
    return recordPages.get(
        key,
        () -> {
          byte[] body = render.get();
          keepGzipped(key, body);
          return body;
        });
  }

  /** A page of the records API rendered earlier, or null. */
  byte[] recordPageIfPresent(PageKey key) {
    return recordPages.getIfPresent(key);
  }

  /** A rendered web page kept earlier with {@link #keepRendered}, or null. */
  public byte[] rendered(RenderedKey key) {
    return renderedPages.getIfPresent(key);
  }

  /** Keeps a rendered web page of this version for the next reader who asks the same. */
  public void keepRendered(RenderedKey key, byte[] html) {
    keepGzipped(key, html);
    renderedPages.put(key, html);
  }

  /**
   * The gzip of the page kept under {@code key} ({@link PageKey} of the API, {@link RenderedKey} of
   * a web page), or null: made once when the page is, so that {@link LookupFastPath} can answer a
   * client that accepts gzip as Javalin's compression would.
   */
  byte[] gzippedIfPresent(Object key) {
    return gzippedPages.getIfPresent(key);
  }

  private void keepGzipped(Object key, byte[] body) {
    if (body.length >= CachedPages.MIN_GZIP_SIZE) {
      gzippedPages.put(key, CachedPages.gzip(body));
    }
  }

  /** The changes from {@code older} to this version, computed once per pair. */
  public Diff diffFrom(RegistryVersion older) {
    return diffsFrom.get(
        older.id(), () -> RegistryDiff.compare(older.registry(), version.registry()));
  }

  /** The port-space map of this version, rendered by {@code render} on first use. */
  public byte[] map(Supplier<byte[]> render) {
    byte[] svg = map;
    if (svg == null) {
      svg = render.get();
      map = svg;
    }
    return svg;
  }

  /**
   * The feed whose newest entry is this version, for links under {@code base} and {@code
   * versionCount} stored versions, rendered by {@code render} on first use.
   */
  public byte[] feed(String base, int versionCount, Supplier<byte[]> render) {
    return feeds.get(base + " " + versionCount, render);
  }
}
