package org.portreg.server.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one IANA version took from one local assignment, for the feed: the ports or name it newly
 * assigns or reserves that the assignment used when the version was imported, and where each
 * finding stands now.
 *
 * @param version the version's name (its date, or {@code DATE.N})
 * @param stableName the version's {@code DATE.N}, which never changes: the entry's id
 * @param previous the name of the version before it, which the drift is measured from
 * @param entry the local assignment's name
 * @param lines one per finding
 * @param updated when the notice last changed: the version's date, an acknowledgement or a move
 */
public record DriftNotice(
    String version,
    String stableName,
    String previous,
    String entry,
    List<DriftNotice.Line> lines,
    Instant updated) {
  /** Copies the lines and checks no component is null. */
  public DriftNotice {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(stableName, "stableName");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(entry, "entry");
    lines = List.copyOf(lines);
    Objects.requireNonNull(updated, "updated");
  }

  /**
   * One finding.
   *
   * @param text {@code ENTRY PORTS: FINDING}, for people
   * @param key the finding's key, which an acknowledgement names
   * @param status {@code open}, {@code acknowledged} or {@code resolved}
   * @param note what the status means here (who acknowledged it, and why)
   * @param record the path of the colliding IANA record's page ({@code /port/N}, {@code
   *     /service/NAME})
   */
  public record Line(String text, String key, String status, String note, String record) {
    /** Checks no component is null. */
    public Line {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(record, "record");
    }
  }
}
