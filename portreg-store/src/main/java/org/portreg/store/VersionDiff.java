package org.portreg.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portreg.diff.Diff;
import org.portreg.diff.RegistryDiff;
import org.portreg.diff.UnsharedDiff;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * The difference between two stored versions without parsing what they share. First from the rows
 * one version has and the other lacks alone, with the positions the database counts ({@link
 * #fromUnshared}): a few rows for two versions a few changes apart, whatever the registry's size.
 * When those cannot tell the diff (an unshared record equal to one of the other version), as
 * follows. A part row is valid in a version exactly when that version has its text byte for byte,
 * so a record or person row both versions hold is the same value on both sides, and {@link
 * RegistryDiff} pairs equal records and same-id persons and reports nothing of them. Such a row
 * stands in both versions as a stand-in value that equals only itself ({@link #shared}), at its own
 * place, so that every position, and every removal's place after the nearest paired record, is what
 * the whole versions give. Only the rows one version has and the other lacks are read and parsed,
 * with both headers and footnotes: two versions a few changes apart cost a few rows, not two
 * registries.
 *
 * <p>The one difference from comparing the whole versions: a shared record equals only its own row,
 * so when a version holds two copies of the same record and one copy is shared, an added or removed
 * copy may be reported at the other copy's place. The IANA history holds no such case (the store
 * tests compare both ways over every pair of consecutive versions). Stateless.
 */
final class VersionDiff {
  private static final String SHARED = "\u0000shared-row-";

  private VersionDiff() {}

  /** What {@link RegistryDiff#compare} gives for the two whole versions. */
  static Diff compare(
      Connection c, Statements sql, Snapshots snapshots, StoredVersion older, StoredVersion newer)
      throws SQLException {
    Optional<Diff> diff = fromUnshared(c, sql, snapshots, older, newer);
    return diff.isPresent() ? diff.get() : withStandIns(c, snapshots, older, newer);
  }

  /**
   * The diff from the rows the two versions do not share alone ({@link UnsharedRows}, {@link
   * UnsharedDiff}), or empty when those cannot tell it.
   */
  static Optional<Diff> fromUnshared(
      Connection c, Statements sql, Snapshots snapshots, StoredVersion older, StoredVersion newer)
      throws SQLException {
    UnsharedRows rows = UnsharedRows.read(c, sql, older.id(), newer.id());
    return UnsharedDiff.compare(
        rows.side(true, c, snapshots, older.id(), older.records()),
        rows.side(false, c, snapshots, newer.id(), newer.records()));
  }

  /** The whole versions compared, each shared row a stand-in. */
  private static Diff withStandIns(
      Connection c, Snapshots snapshots, StoredVersion older, StoredVersion newer)
      throws SQLException {
    Snapshots.PartIds from = snapshots.partIds(c, older.id());
    Snapshots.PartIds to = snapshots.partIds(c, newer.id());
    Set<Long> shared = new HashSet<>(from.ids());
    shared.retainAll(new HashSet<>(to.ids()));
    Registry a = snapshots.assemble(c, older.id(), from, shared);
    Registry b = snapshots.assemble(c, newer.id(), to, shared);
    return RegistryDiff.compare(a, b);
  }

  /**
   * The whole versions {@code older} and {@code newer} of {@code parts} compared, each shared
   * record and person a stand-in, as {@link #withStandIns} compares them in the database. {@code
   * pieces} holds every other row of either version, parsed ({@link UnsharedRows#parse}).
   */
  static Diff withStandIns(PartTable parts, int older, int newer, Map<Long, Piece> pieces) {
    List<Piece> from = new ArrayList<>();
    List<Piece> to = new ArrayList<>();
    for (int i = 0, n = parts.size(); i < n; i++) {
      boolean inOlder = parts.holds(i, older);
      boolean inNewer = parts.holds(i, newer);
      Piece piece = pieces.get(parts.id(i));
      if (piece == null && inOlder && inNewer) {
        piece = shared(parts.id(i), PartTable.PERSON.equals(parts.kind(i)));
      }
      if (inOlder) {
        from.add(piece);
      }
      if (inNewer) {
        to.add(piece);
      }
    }
    return RegistryDiff.compare(
        VersionAssembler.version(parts, older, from), VersionAssembler.version(parts, newer, to));
  }

  /**
   * The stand-in of shared row {@code row}: a record, or a person when {@code person}, equal only
   * to the stand-in of the same row, spelled with a text no real row has.
   */
  static Piece shared(long row, boolean person) {
    String key = SHARED + row;
    Object value =
        person
            ? new Person(key, Optional.empty(), Optional.empty(), List.of(), Optional.empty())
            : ServiceRecord.builder().serviceCode(key).build();
    return new Piece(person ? "person" : "record", key, value);
  }

  /** Whether {@code row} of {@code version} is a shared record or person, read no more. */
  static boolean standsIn(long row, Snapshots.PartIds version, Set<Long> shared) {
    return shared.contains(row) && !version.others().contains(row);
  }
}
