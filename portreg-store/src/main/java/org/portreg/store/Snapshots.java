package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.portreg.format.ReadOptions;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;

/**
 * Rebuilds stored versions from their rows and keeps the last few in memory. A version never
 * changes once stored, so a cached one is never stale. Thread-safe.
 */
final class Snapshots {
  private static final int CACHED_VERSIONS = 4;

  private final Statements sql;
  private final Map<Integer, Snapshot> cache =
      new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Snapshot> eldest) {
          return size() > CACHED_VERSIONS;
        }
      };

  Snapshots(Statements sql) {
    this.sql = sql;
  }

  /** The version numbered {@code id}, from the cache or the database. */
  Snapshot get(Connection c, int id) throws SQLException {
    synchronized (cache) {
      Snapshot cached = cache.get(id);
      if (cached != null) {
        return cached;
      }
    }
    Snapshot loaded = new Snapshot(id, load(c, id));
    synchronized (cache) {
      cache.put(id, loaded);
    }
    return loaded;
  }

  /** Forgets every cached version. */
  void clear() {
    synchronized (cache) {
      cache.clear();
    }
  }

  private String load(Connection c, int id) throws SQLException {
    StringBuilder text = new StringBuilder(4 << 20);
    String suffix;
    try (PreparedStatement frame = c.prepareStatement(sql.get("select_version_frame"))) {
      frame.setInt(1, id);
      try (ResultSet rs = frame.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no stored version numbered " + id);
        }
        text.append(rs.getString(1));
        suffix = rs.getString(2);
      }
    }
    try (PreparedStatement parts = c.prepareStatement(sql.get("select_parts_of_version"))) {
      parts.setInt(1, id);
      parts.setInt(2, id);
      parts.setFetchSize(4096);
      try (ResultSet rs = parts.executeQuery()) {
        while (rs.next()) {
          text.append(rs.getString(1));
        }
      }
    }
    return text.append(suffix).toString();
  }

  /** One stored version's XML text, parsed on first use. Thread-safe. */
  static final class Snapshot {
    private final int id;
    private final String xml;
    private volatile Registry registry;

    Snapshot(int id, String xml) {
      this.id = id;
      this.xml = xml;
    }

    String xml() {
      return xml;
    }

    Registry registry() {
      Registry parsed = registry;
      if (parsed == null) {
        parsed = XmlFormat.readText(xml, "store:version-" + id, ReadOptions.STRICT).registry();
        registry = parsed;
      }
      return parsed;
    }
  }
}
