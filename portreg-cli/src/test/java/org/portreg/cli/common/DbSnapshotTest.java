package org.portreg.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.WorkflowStoreFixture;
import org.portreg.index.CompactIndex;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Transport;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;

/**
 * The database snapshot agrees with the temporal store after an import, an assignment and a
 * de-assignment; any write to the database makes it stale, and so does a catalogue left over from
 * before a write (a process killed between writing the database and the snapshot); a corrupt
 * catalogue or search file, or a truncated index, is never used.
 */
class DbSnapshotTest {
  @TempDir Path folder;
  WorkflowStoreFixture cli;
  Path dbFile;
  Path cache;

  @BeforeEach
  void storeWithTheNewestRegistry() throws Exception {
    cli = WorkflowStoreFixture.in(folder).withUsers();
    dbFile = folder.resolve("portreg.db");
    cache = folder.resolve("cache");
    System.setProperty("portreg.cache", cache.toString());
  }

  @AfterEach
  void clearCache() {
    System.clearProperty("portreg.cache");
  }

  @Test
  void agreesWithTheStoreAfterImportAssignmentAndDeassignment() throws Exception {
    assertThat(DbSnapshot.open(dbFile, cache)).isNull();
    refresh();
    assertAgrees(1);

    cli.require(cli.run("request", "submit", request(), "--as", "ann"));
    cli.require(cli.run("request", "decide", "1", "approve", "--reason", "fine", "--as", "eve"));
    cli.require(cli.run("request", "assign", "1", "--reason", "approved", "--as", "ada"));
    assertThat(DbSnapshot.open(dbFile, cache)).as("stale after the assignment").isNull();
    refresh();
    CompactIndex assigned = assertAgrees(2);
    assertThat(assigned.firstOfName("quokka-sync")).isNotEqualTo(CompactIndex.NONE);

    Path before = Files.copy(catalogue(), folder.resolve("catalogue-before-deassignment"));
    cli.require(cli.run("service", "deassign", "quokka-sync", "--reason", "gone", "--as", "ada"));
    assertThat(DbSnapshot.open(dbFile, cache)).as("stale after the de-assignment").isNull();
    refresh();
    assertAgrees(3);

    // A process killed after its database write and before its snapshot write leaves the old
    // catalogue: it no longer matches the database, so it is not used and is rebuilt.
    Files.copy(before, catalogue(), StandardCopyOption.REPLACE_EXISTING);
    assertThat(DbSnapshot.open(dbFile, cache)).isNull();
    refresh();
    assertAgrees(3);
  }

  @Test
  void agreesWithTheStoreAfterAddingAcknowledgingAndRemovingALocalEntry() throws Exception {
    refresh();
    assertThat(DbSnapshot.open(dbFile, cache).local()).isEqualTo(LocalOverlay.NONE);
    assertThat(local()).as("no file needed without local entries").doesNotExist();

    cli.require(
        cli.run(
            "local",
            "add",
            "billing-api",
            "--ports",
            "8080",
            "--transport",
            "tcp",
            "--owner",
            "payments",
            "--scope",
            "cluster",
            "--tag",
            "prod",
            "--since",
            "2026-12-03",
            "--description",
            "Billing API",
            "--notes",
            "behind the gateway",
            "--force",
            "--as",
            "ann"));
    cli.require(
        cli.run(
            "local",
            "add",
            "exporters",
            "--ports",
            "29000-29099",
            "--transport",
            "tcp,udp",
            "--owner",
            "platform",
            "--expires",
            "2030-01-01",
            "--force",
            "--as",
            "ann"));
    cli.require(
        cli.run(
            "local",
            "acknowledge",
            "billing-api",
            "iana:http-alt:8080/tcp",
            "--reason",
            "internal only",
            "--as",
            "ann"));
    assertThat(DbSnapshot.open(dbFile, cache)).as("stale after the local writes").isNull();
    refresh();
    assertLocalAgrees(2);

    Path before = Files.copy(local(), folder.resolve("local-before-removal"));
    cli.require(cli.run("local", "remove", "exporters", "--reason", "moved", "--as", "ann"));
    assertThat(DbSnapshot.open(dbFile, cache)).as("stale after the removal").isNull();
    refresh();
    assertLocalAgrees(1);

    // A local file of another state of the database is never used, even beside a valid catalogue.
    Files.copy(before, local(), StandardCopyOption.REPLACE_EXISTING);
    assertThat(DbSnapshot.open(dbFile, cache)).isNotNull();
    assertThat(DbSnapshot.open(dbFile, cache).local()).isNull();
    refresh();
    assertLocalAgrees(1);
  }

  @Test
  void neverUsesACorruptOrMissingLocalFile() throws Exception {
    cli.require(
        cli.run(
            "local",
            "add",
            "billing-api",
            "--ports",
            "8080",
            "--transport",
            "tcp",
            "--owner",
            "payments",
            "--force",
            "--as",
            "ann"));
    refresh();
    assertLocalAgrees(1);
    byte[] bytes = Files.readAllBytes(local());
    bytes[bytes.length - 3] ^= 0x5a;
    Files.write(local(), bytes);
    assertThat(DbSnapshot.open(dbFile, cache)).isNotNull();
    assertThat(DbSnapshot.open(dbFile, cache).local()).isNull();
    Files.delete(local());
    assertThat(DbSnapshot.open(dbFile, cache).local()).isNull();
    refresh();
    assertLocalAgrees(1);
  }

  @Test
  void neverUsesACorruptFile() throws Exception {
    refresh();
    DbSnapshot snapshot = DbSnapshot.open(dbFile, cache);
    DbSnapshot.Version newest = snapshot.resolve(null);
    assertThat(snapshot.index(newest)).isNotNull();
    assertThat(snapshot.search(newest)).isNotNull();
    try (var files = Files.list(DbSnapshot.dirOf(dbFile, cache))) {
      for (Path f : files.toList()) {
        byte[] bytes = Files.readAllBytes(f);
        if (f.toString().endsWith(".idx")) {
          // The index is mapped without a checksum: a truncated one is refused.
          bytes = java.util.Arrays.copyOf(bytes, bytes.length - 100);
        } else {
          bytes[bytes.length / 2] ^= 0x5a;
        }
        Files.write(f, bytes);
      }
    }
    assertThat(snapshot.index(newest)).isNull();
    assertThat(snapshot.search(newest)).isNull();
    assertThat(DbSnapshot.open(dbFile, cache)).isNull();
  }

  @Test
  void resolvesDatesAsTheStoreDoes() throws Exception {
    refresh();
    DbSnapshot snapshot = DbSnapshot.open(dbFile, cache);
    try (Store store = Store.open(cli.db)) {
      StoredVersion newest = store.newest().orElseThrow();
      assertThat(snapshot.resolve(newest.updated().toString()).id()).isEqualTo(newest.id());
      assertThat(snapshot.resolve(newest.updated().plusDays(3).toString()).id())
          .isEqualTo(newest.id());
    }
    assertThat(snapshot.resolve("1999-01-01")).isNull();
    assertThat(snapshot.resolve("not-a-date")).isNull();
  }

  /** What a read command does on the full path: stamp, open, read the newest, save. */
  private void refresh() {
    DbSnapshot.Stamp stamp = DbSnapshot.stamp(dbFile);
    try (Store store = Store.open(cli.db)) {
      StoredVersion newest = store.newest().orElseThrow();
      RegistryIndex index = RegistryIndex.of(store.registry(newest));
      RegistryOption.saveSnapshot(store, dbFile, stamp, newest, index);
    }
  }

  /** The snapshot is valid and its newest version is the store's, column by column. */
  private CompactIndex assertAgrees(int versions) {
    DbSnapshot snapshot = DbSnapshot.open(dbFile, cache);
    assertThat(snapshot).isNotNull();
    try (Store store = Store.open(cli.db)) {
      assertThat(store.versions()).hasSize(versions);
      StoredVersion newest = store.newest().orElseThrow();
      assertThat(snapshot.resolve(null).id()).isEqualTo(newest.id());
      CompactIndex cached = snapshot.index(snapshot.resolve(null));
      CompactIndex fresh =
          new CompactIndex(
              ByteBuffer.wrap(CompactIndex.write(RegistryIndex.of(store.registry(newest)))));
      assertThat(cached.records()).isEqualTo(fresh.records());
      for (int i = 0; i < fresh.records(); i++) {
        assertThat(cached.columns(i)).isEqualTo(fresh.columns(i));
      }
      for (Transport t : Transport.values()) {
        for (int port = 0; port < 65536; port++) {
          assertThat(cached.status(port, t.ordinal())).isEqualTo(fresh.status(port, t.ordinal()));
        }
      }
      return cached;
    }
  }

  /** The snapshot is valid and holds the store's local entries and acknowledgements. */
  private void assertLocalAgrees(int entries) {
    DbSnapshot snapshot = DbSnapshot.open(dbFile, cache);
    assertThat(snapshot).isNotNull();
    assertThat(snapshot.localAssignments()).isEqualTo(entries);
    try (Store store = Store.open(cli.db)) {
      LocalOverlay overlay = snapshot.local();
      assertThat(overlay).isNotNull();
      assertThat(overlay.entries()).hasSize(entries).isEqualTo(store.local().current());
      assertThat(overlay.acknowledgements()).isEqualTo(store.local().acknowledgements());
    }
  }

  private Path local() {
    return DbSnapshot.dirOf(dbFile, cache).resolve(LocalBlob.FILE);
  }

  private Path catalogue() {
    return DbSnapshot.dirOf(dbFile, cache).resolve("catalogue.bin");
  }

  /** A request for quokka-sync on tcp. */
  static final String REQUEST =
      """
        {"serviceName": "quokka-sync", "transports": ["tcp"],
         "assignee": {"id": "Quokka_Labs", "name": "Quokka Labs", "uri": "ports@quokka.example"},
         "contact": {"id": "Ada_Quokka", "name": "Ada Quokka", "uri": "ada@quokka.example"},
         "description": "Quokka service",
         "references": [{"type": "uri", "data": "https://quokka.example/spec"}],
         "congestionControl": "RFC 8085 compliant"}
        """;

  private String request() throws Exception {
    return cli.file("quokka.json", REQUEST);
  }
}
