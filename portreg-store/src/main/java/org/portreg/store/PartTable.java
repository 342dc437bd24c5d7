package org.portreg.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.portreg.diff.Diff;

/**
 * Every part row of a store in registry order, with each version's frame: what {@link #diff} needs
 * to compare two stored versions without the database, as {@link Store#diff} does in it. The store
 * gives its own ({@link Store#parts}); a copy kept elsewhere (the command line keeps one in its
 * cache folder) implements this over its own bytes. Rows are numbered from 0 in registry order.
 */
public interface PartTable {
  /** The kind of a record row. */
  String RECORD = "record";

  /** The kind of a person row. */
  String PERSON = "person";

  /** The kind of a footnote row. */
  String FOOTNOTE = "footnote";

  /** The kind of a header element or people tag. */
  String ELEMENT = "element";

  /** How many rows there are. */
  int size();

  /** The store's id of row {@code row}. */
  long id(int row);

  /** The kind of row {@code row}: one of {@link #RECORD}, {@link #PERSON}, ... */
  String kind(int row);

  /** The number of the first version that holds row {@code row}. */
  int validFrom(int row);

  /**
   * The number of the first version after {@link #validFrom} that no longer holds row {@code row},
   * or {@link Integer#MAX_VALUE} when every later version holds it.
   */
  int validTo(int row);

  /** Whether the version numbered {@code version} holds row {@code row}. */
  default boolean holds(int row, int version) {
    return validFrom(row) <= version && validTo(row) > version;
  }

  /** The exact text of row {@code row}. */
  String body(int row);

  /** Each version's frame: the texts before its first row and after its last. */
  Frames frames();

  /** The text before the first row of the version numbered {@code version}. */
  default String prefix(int version) {
    return frames().prefix(version);
  }

  /** The text after the last row of the version numbered {@code version}. */
  default String suffix(int version) {
    return frames().suffix(version);
  }

  /**
   * What {@link Store#diff} gives for the versions numbered {@code older} and {@code newer}, the
   * same way: from the rows they do not share, or, when those cannot tell it (an unshared record
   * equal to one of the other version), from the whole versions with each shared record and person
   * a stand-in.
   */
  static Diff diff(PartTable parts, int older, int newer) {
    UnsharedRows rows = UnsharedRows.walk(parts, older, newer);
    Map<Long, Piece> pieces = rows.parse();
    Optional<Diff> diff =
        org.portreg.diff.UnsharedDiff.compare(
            rows.side(true, parts, older, pieces), rows.side(false, parts, newer, pieces));
    return diff.isPresent() ? diff.get() : VersionDiff.withStandIns(parts, older, newer, pieces);
  }

  /**
   * Each version's frame, by version number: what {@link #prefix} and {@link #suffix} answer.
   * Immutable; made by a {@link Builder}.
   */
  final class Frames {
    private final Map<Integer, String[]> frames;

    private Frames(Map<Integer, String[]> frames) {
      this.frames = Map.copyOf(frames);
    }

    /** The prefix of the version numbered {@code version}. */
    public String prefix(int version) {
      return frame(version)[0];
    }

    /** The suffix of the version numbered {@code version}. */
    public String suffix(int version) {
      return frame(version)[1];
    }

    private String[] frame(int version) {
      String[] frame = frames.get(version);
      if (frame == null) {
        throw new IllegalArgumentException("no stored version numbered " + version);
      }
      return frame;
    }

    /** Collects the frames of the versions, one at a time. Not thread-safe. */
    public static final class Builder {
      private final Map<Integer, String[]> frames = new HashMap<>();

      /** No frames yet. */
      public Builder() {}

      /** Records the frame of the version numbered {@code version}. */
      public Builder put(int version, String prefix, String suffix) {
        frames.put(version, new String[] {prefix, suffix});
        return this;
      }

      /** The frames recorded so far. */
      public Frames build() {
        return new Frames(frames);
      }
    }
  }
}
