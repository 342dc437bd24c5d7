package org.portreg.notify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.portreg.diff.Diff;
import org.portreg.diff.DiffScope;
import org.portreg.diff.RegistryDiff;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.search.RegistrySearch;
import org.portreg.search.SearchQuery;
import org.portreg.search.SearchRow;

/**
 * What a new registry version changed for each watch: the diff of two versions restricted to the
 * records a query matches in either version, as {@code portreg diff --search} and the per-query
 * feed compute it. The whole diff and both search indexes are computed once, for all watches. Not
 * thread-safe.
 */
public final class WatchChanges {
  private final Diff diff;
  private final RegistrySearch older;
  private final RegistrySearch newer;

  /** The changes from {@code older} to {@code newer}. */
  public WatchChanges(Registry older, Registry newer) {
    this.diff = RegistryDiff.compare(older, newer);
    this.older = RegistrySearch.of(RegistryIndex.of(older));
    this.newer = RegistrySearch.of(RegistryIndex.of(newer));
  }

  /**
   * The record changes that involve a record {@code query} matches in either version; header and
   * people changes are left out. Empty ({@link Diff#records()}) when the version changed nothing
   * the query matches.
   */
  public Diff matching(SearchQuery query) {
    if (diff.records().isEmpty()) {
      return DiffScope.restrict(diff, r -> false);
    }
    Set<ServiceRecord> matches = new HashSet<>(records(older, query));
    matches.addAll(records(newer, query));
    return DiffScope.restrict(diff, matches::contains);
  }

  private static List<ServiceRecord> records(RegistrySearch search, SearchQuery query) {
    return search.matches(query).stream().map(SearchRow::record).toList();
  }
}
