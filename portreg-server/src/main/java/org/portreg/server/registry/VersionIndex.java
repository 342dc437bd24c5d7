package org.portreg.server.registry;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.portreg.index.RegistryIndex;
import org.portreg.model.PortRange;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.search.RegistrySearch;
import org.portreg.search.SearchQuery;
import org.portreg.search.SearchRow;
import org.portreg.server.RegistryVersion;
import org.portreg.server.http.BoundedCache;

/**
 * What the server computes once per registry version: the lookup index, the search, and the lookup
 * answers, each rendered to compact JSON on first request and then served as is. Thread-safe: a
 * racing first request may render an answer twice, both copies are equal.
 */
public final class VersionIndex {
  private static final int SLOTS = Transport.values().length + 1;

  private final RegistryVersion version;
  private final RegistryIndex index;
  private final RegistrySearch search;
  private final AtomicReferenceArray<PortAnswer> portAnswers =
      new AtomicReferenceArray<>((PortRange.MAX_PORT + 1) * SLOTS);
  private final BoundedCache<String, List<SearchRow>> searches = new BoundedCache<>(256);

  /**
   * A rendered lookup answer.
   *
   * @param body the compact JSON
   * @param etag its strong ETag, quoted: version id, port and transport
   */
  record PortAnswer(byte[] body, String etag) {}

  VersionIndex(RegistryVersion version) {
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

  /** The records {@code query} matches (synthesized Unassigned rows included), in order. */
  List<ServiceRecord> searchRecords(String query) {
    return search(query).stream().map(SearchRow::record).toList();
  }

  /** The JSON answer for {@code port} on {@code transport}, or on every transport when null. */
  PortAnswer portAnswer(int port, Transport transport) {
    int slot = port * SLOTS + (transport == null ? 0 : transport.ordinal() + 1);
    PortAnswer answer = portAnswers.get(slot);
    if (answer == null) {
      Optional<Transport> t = Optional.ofNullable(transport);
      answer =
          new PortAnswer(
              LookupJson.port(index, port, t),
              "\"" + version.id() + "-" + port + t.map(x -> "-" + x.token()).orElse("") + "\"");
      portAnswers.set(slot, answer);
    }
    return answer;
  }
}
