package org.portreg.cli.common;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.local.Acknowledgement;
import org.portreg.local.LocalAssignment;
import org.portreg.local.Scope;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * The {@link DbSnapshot}'s file of the database's local assignments and acknowledgements ({@code
 * local.bin}, checksummed as the catalogue is). It records the database stamp it was taken at and
 * is used only by a catalogue of the same stamp and the same number of local assignments, so a file
 * from another state of the database (two read commands saving at once) is never trusted. Written
 * right after the catalogue (whose save removes the one before), by the same full-path code ({@link
 * RegistryOption#saveSnapshot}); until it is there, the cold paths of a database with local
 * assignments take the full path.
 */
final class LocalBlob {
  /** The file's name in the snapshot folder. */
  static final String FILE = "local.bin";

  private static final int MAGIC = 0x50524c31; // "PRL1"
  private static final long NO_DATE = Long.MIN_VALUE;

  private LocalBlob() {}

  /**
   * The overlay of the snapshot in {@code dir} taken at {@code stamp} with {@code count} local
   * assignments, or null when its file is missing, corrupt, or of another stamp or count. A
   * database without local assignments needs no file: nothing is read.
   */
  static LocalOverlay read(Path dir, long[] stamp, int count) {
    if (count == 0) {
      return LocalOverlay.NONE;
    }
    try {
      ByteBuffer body = DbSnapshot.readBlob(dir.resolve(FILE));
      if (body == null || !StampedHeader.matches(body, MAGIC, stamp)) {
        return null;
      }
      int entries = body.getInt();
      if (entries != count) {
        return null;
      }
      List<LocalAssignment> local = new ArrayList<>(entries);
      for (int i = 0; i < entries; i++) {
        local.add(entry(body));
      }
      List<Acknowledgement> acks = new ArrayList<>();
      for (int i = body.getInt(); i > 0; i--) {
        acks.add(new Acknowledgement(text(body), text(body), text(body)));
      }
      return new LocalOverlay(local, acks);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static LocalAssignment entry(ByteBuffer in) {
    String name = text(in);
    Optional<PortRange> ports = ports(in);
    Set<Transport> transports = transports(in.getInt());
    String owner = text(in);
    String contact = text(in);
    Scope scope = Scope.parse(text(in)).orElseThrow();
    List<String> tags = new ArrayList<>();
    for (int i = in.getInt(); i > 0; i--) {
      tags.add(text(in));
    }
    String description = text(in);
    Optional<LocalDate> since = date(in.getLong());
    Optional<LocalDate> expires = date(in.getLong());
    return new LocalAssignment(
        name,
        ports,
        transports,
        owner,
        contact,
        scope,
        tags,
        description,
        since,
        expires,
        text(in));
  }

  private static Optional<PortRange> ports(ByteBuffer in) {
    int first = in.getInt();
    int last = in.getInt();
    boolean writtenAsRange = in.get() != 0;
    return first < 0 ? Optional.empty() : Optional.of(new PortRange(first, last, writtenAsRange));
  }

  private static Set<Transport> transports(int bits) {
    Set<Transport> transports = EnumSet.noneOf(Transport.class);
    for (Transport t : Transport.values()) {
      if ((bits & (1 << t.ordinal())) != 0) {
        transports.add(t);
      }
    }
    return transports;
  }

  private static Optional<LocalDate> date(long epochDay) {
    return epochDay == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  /**
   * Writes the file of {@code overlay}, taken at {@code stamp}, into the snapshot folder of {@code
   * dbFile} under {@code cacheDir}; none without local assignments, which {@link #read} needs no
   * file for. Best effort, as the whole snapshot is: a file that cannot be written leaves the cold
   * paths to the full path.
   */
  static void write(Path dbFile, Path cacheDir, DbSnapshot.Stamp stamp, LocalOverlay overlay) {
    if (dbFile == null || cacheDir == null || stamp == null || overlay.entries().isEmpty()) {
      return;
    }
    try {
      Path dir = DbSnapshot.dirOf(dbFile, cacheDir);
      Files.createDirectories(dir);
      DbSnapshot.writeBlob(dir.resolve(FILE), bytes(stamp, overlay));
    } catch (IOException | RuntimeException e) {
      // A snapshot is an optimisation: a read-only or full cache folder must not fail the read.
    }
  }

  private static byte[] bytes(DbSnapshot.Stamp stamp, LocalOverlay overlay) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      StampedHeader.write(out, MAGIC, stamp);
      out.writeInt(overlay.entries().size());
      for (LocalAssignment a : overlay.entries()) {
        entry(out, a);
      }
      out.writeInt(overlay.acknowledgements().size());
      for (Acknowledgement ack : overlay.acknowledgements()) {
        DbSnapshot.text(out, ack.name());
        DbSnapshot.text(out, ack.findingKey());
        DbSnapshot.text(out, ack.reason());
      }
    }
    return bytes.toByteArray();
  }

  private static void entry(DataOutputStream out, LocalAssignment a) throws IOException {
    DbSnapshot.text(out, a.name());
    out.writeInt(a.ports().isPresent() ? a.ports().get().first() : -1);
    out.writeInt(a.ports().isPresent() ? a.ports().get().last() : -1);
    out.writeBoolean(a.ports().isPresent() && a.ports().get().writtenAsRange());
    int bits = 0;
    for (Transport t : a.transports()) {
      bits |= 1 << t.ordinal();
    }
    out.writeInt(bits);
    DbSnapshot.text(out, a.owner());
    DbSnapshot.text(out, a.contact());
    DbSnapshot.text(out, a.scope().word());
    out.writeInt(a.tags().size());
    for (String tag : a.tags()) {
      DbSnapshot.text(out, tag);
    }
    DbSnapshot.text(out, a.description());
    out.writeLong(a.since().isPresent() ? a.since().get().toEpochDay() : NO_DATE);
    out.writeLong(a.expires().isPresent() ? a.expires().get().toEpochDay() : NO_DATE);
    DbSnapshot.text(out, a.notes());
  }

  private static String text(ByteBuffer in) {
    return DbSnapshot.text(in);
  }
}
