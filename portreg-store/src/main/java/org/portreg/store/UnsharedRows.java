package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.portreg.diff.UnsharedDiff;

/**
 * What two stored versions do not share, read in one query: for each version, its header elements,
 * people tags and footnotes, and the records and persons the other version lacks, each with its
 * index in the whole version. The database counts the shared rows; only the unshared ones come back
 * (a few rows for two versions a few changes apart, whatever the registry's size).
 */
final class UnsharedRows {
  private final Side first = new Side();
  private final Side second = new Side();

  private UnsharedRows() {}

  /** The rows of one version, in registry order, with the whole indices of its unshared ones. */
  private static final class Side {
    private final List<Long> ids = new ArrayList<>();
    private final Set<Long> persons = new HashSet<>();
    private final Set<Long> others = new HashSet<>();
    private final List<Integer> recordIndices = new ArrayList<>();
    private final List<Integer> personIndices = new ArrayList<>();

    /**
     * Adds row {@code id} held by this version; {@code sharedBefore} counts shared rows of its
     * kind.
     */
    void add(long id, String kind, int sharedBefore) {
      ids.add(id);
      if ("record".equals(kind)) {
        recordIndices.add(sharedBefore + recordIndices.size());
      } else if ("person".equals(kind)) {
        persons.add(id);
        personIndices.add(sharedBefore + personIndices.size());
      } else {
        others.add(id);
      }
    }
  }

  /** Reads the rows of versions {@code a} and {@code b} that they do not share. */
  static UnsharedRows read(Connection c, Statements sql, int a, int b) throws SQLException {
    UnsharedRows rows = new UnsharedRows();
    try (PreparedStatement select = c.prepareStatement(sql.get("select_unshared_parts"))) {
      int[] values = {a, a, b, b, Math.max(a, b), Math.min(a, b)};
      for (int k = 0; k < values.length; k++) {
        select.setInt(k + 1, values[k]);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1, rs.getInt(4) == 1, rs);
        }
      }
    }
    return rows;
  }

  private void add(long id, String kind, boolean inFirst, boolean inSecond, ResultSet rs)
      throws SQLException {
    int shared = "person".equals(kind) ? rs.getInt(6) : rs.getInt(5);
    if (inFirst) {
      first.add(id, kind, shared);
    }
    if (inSecond) {
      second.add(id, kind, shared);
    }
  }

  /** The first version's side, assembled from its rows, with {@code recordCount} records in all. */
  UnsharedDiff.Side first(Connection c, Snapshots snapshots, int id, int recordCount)
      throws SQLException {
    return side(c, snapshots, id, recordCount, first);
  }

  /** The second version's side, as {@link #first}. */
  UnsharedDiff.Side second(Connection c, Snapshots snapshots, int id, int recordCount)
      throws SQLException {
    return side(c, snapshots, id, recordCount, second);
  }

  private static UnsharedDiff.Side side(
      Connection c, Snapshots snapshots, int id, int recordCount, Side side) throws SQLException {
    Snapshots.PartIds rows = new Snapshots.PartIds(side.ids, side.persons, side.others);
    return new UnsharedDiff.Side(
        snapshots.assemble(c, id, rows, Set.of()),
        ints(side.recordIndices),
        recordCount,
        ints(side.personIndices));
  }

  private static int[] ints(List<Integer> values) {
    int[] array = new int[values.size()];
    for (int k = 0; k < array.length; k++) {
      array[k] = values.get(k);
    }
    return array;
  }
}
