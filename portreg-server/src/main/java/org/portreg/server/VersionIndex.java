package org.portreg.server;

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

/**
 * What the server computes once per registry version: the lookup index, the search, and the lookup
 * answers, each rendered to compact JSON on first request and then served as is. Thread-safe: a
 * racing first request may render an answer twice, both copies are equal.
 */
final class VersionIndex {
  private static final int SLOTS = Transport.values().length + 1;

  private final RegistryVersion version;
  private final RegistryIndex index;
  private final RegistrySearch search;
  private final AtomicReferenceArray<byte[]> portAnswers =
      new AtomicReferenceArray<>((PortRange.MAX_PORT + 1) * SLOTS);

  VersionIndex(RegistryVersion version) {
    this.version = version;
    this.index = RegistryIndex.of(version.registry());
    this.search = RegistrySearch.of(index);
  }

  RegistryVersion version() {
    return version;
  }

  RegistryIndex index() {
    return index;
  }

  /** The rows {@code query} matches, in registry order. */
  List<SearchRow> search(String query) {
    return search.matches(SearchQuery.parse(query));
  }

  /** The records {@code query} matches (synthesized Unassigned rows included), in order. */
  List<ServiceRecord> searchRecords(String query) {
    return search(query).stream().map(SearchRow::record).toList();
  }

  /** The JSON answer for {@code port} on {@code transport}, or on every transport when empty. */
  byte[] portAnswer(int port, Optional<Transport> transport) {
    int slot = port * SLOTS + transport.map(t -> t.ordinal() + 1).orElse(0);
    byte[] answer = portAnswers.get(slot);
    if (answer == null) {
      answer = LookupJson.port(index, port, transport);
      portAnswers.set(slot, answer);
    }
    return answer;
  }
}
