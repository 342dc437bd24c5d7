package org.portreg.server;

import java.util.List;
import org.portreg.model.ServiceRecord;

/**
 * Finds the records of a version that match a query, in registry order; the server pages the
 * result. The search engine plugs in here; until then the server runs with {@link #NONE}.
 * Implementations must be thread-safe and may cache per {@link RegistryVersion#id()}.
 */
@FunctionalInterface
public interface RecordSearch {
  /** No search engine: every query fails with {@link FeatureUnavailableException}. */
  RecordSearch NONE =
      (version, query) -> {
        throw new FeatureUnavailableException("search is not available on this server yet");
      };

  /**
   * The matching records, in registry order.
   *
   * @param version the version to search
   * @param query the query as the user typed it, not blank
   * @throws IllegalArgumentException for a malformed query, naming what is wrong
   */
  List<ServiceRecord> find(RegistryVersion version, String query);
}
