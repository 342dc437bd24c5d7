package org.portreg.server;

import java.util.List;
import org.portreg.model.ServiceRecord;

/**
 * The registry's own search semantics ({@link org.portreg.search.RegistrySearch}): white-space
 * separated terms that must all match, substrings, quoted whole words and structured terms such as
 * {@code port:4539-4544}. One index per version, cached by version id. Thread-safe.
 */
public final class RegistryRecordSearch implements RecordSearch {
  private final VersionIndexes indexes = new VersionIndexes();

  /** A search with an empty cache. */
  public RegistryRecordSearch() {}

  @Override
  public List<ServiceRecord> find(RegistryVersion version, String query) {
    return indexes.of(version).searchRecords(query);
  }

  /** The per-version indexes, shared with the server's lookups. */
  VersionIndexes indexes() {
    return indexes;
  }
}
