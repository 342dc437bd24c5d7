package org.portreg.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.portreg.diff.Diff;
import org.portreg.diff.DiffScope;
import org.portreg.model.ServiceRecord;
import org.portreg.search.SearchQuery;
import org.portreg.server.registry.Lookups;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.VersionInfo;

/**
 * The feed of one query (a watch without an account): of the newest {@link
 * DetailPages#FEED_ENTRIES} versions, those that changed a record the query matches in either
 * version, each with the field-level changes of those records. Stateless.
 */
final class SearchFeed {
  private SearchFeed() {}

  /**
   * The feed document.
   *
   * @throws org.portreg.error.InvalidInputException for a malformed query (400)
   */
  static byte[] write(RegistrySource source, Lookups lookups, String base, String search) {
    String query = search.strip();
    SearchQuery.parse(query);
    List<VersionInfo> versions = source.versions();
    List<AtomFeed.Entry> entries = new ArrayList<>();
    for (int i = 0; i + 1 < Math.min(DetailPages.FEED_ENTRIES + 1, versions.size()); i++) {
      VersionInfo version = versions.get(i);
      VersionInfo previous = versions.get(i + 1);
      Diff diff = restricted(lookups, previous, version, query);
      if (!diff.records().isEmpty()) {
        entries.add(new AtomFeed.Entry(version, previous, diff, true));
      }
    }
    String title =
        source.current().map(v -> v.registry().header().title()).orElse("portreg registry");
    String self = "/feed.atom?search=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    return AtomFeed.write(title + " matching '" + query + "'", base, self, entries);
  }

  private static Diff restricted(
      Lookups lookups, VersionInfo previous, VersionInfo version, String query) {
    String from = previous.name();
    String to = version.name();
    Set<ServiceRecord> matches = new HashSet<>(lookups.matching(from, query));
    matches.addAll(lookups.matching(to, query));
    return DiffScope.restrict(lookups.diff(from, to), matches::contains);
  }
}
