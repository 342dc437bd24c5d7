package org.portreg.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.WorkflowStoreFixture;
import org.portreg.diff.RegistryDiff;
import org.portreg.store.PartTable;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;

/**
 * The cache's copy of the part rows ({@code parts.bin}) holds exactly the store's table, row by row
 * and version by version, after an import, an assignment and a de-assignment; the diffs taken from
 * it are the whole registries' diffs; any write to the database makes it stale, and a corrupt copy
 * is never used.
 */
class PartsBlobTest {
  @TempDir Path folder;
  WorkflowStoreFixture cli;
  Path dbFile;
  Path cache;

  @BeforeEach
  void storeWithTheNewestRegistry() throws Exception {
    cli = WorkflowStoreFixture.in(folder).withUsers();
    dbFile = folder.resolve("portreg.db");
    cache = folder.resolve("cache");
  }

  @Test
  void holdsTheStoresTableThroughAnAssignmentAndADeassignment() throws Exception {
    assertThat(PartsBlob.open(dbFile, cache)).isNull();
    assertAgrees();

    String request = cli.file("quokka.json", DbSnapshotTest.REQUEST);
    cli.require(cli.run("request", "submit", request, "--as", "ann"));
    cli.require(cli.run("request", "decide", "1", "approve", "--reason", "fine", "--as", "eve"));
    assertThat(PartsBlob.open(dbFile, cache)).as("stale after a decision").isNull();
    cli.require(cli.run("request", "assign", "1", "--reason", "approved", "--as", "ada"));
    assertAgrees();

    Path before = Files.copy(blob(), folder.resolve("parts-before-deassignment"));
    cli.require(cli.run("service", "deassign", "quokka-sync", "--reason", "gone", "--as", "ada"));
    assertThat(PartsBlob.open(dbFile, cache)).as("stale after the de-assignment").isNull();
    List<StoredVersion> versions = assertAgrees();
    assertThat(versions).hasSize(3);

    // A copy left from before a write (a process killed between the two) is not used.
    Files.copy(before, blob(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(PartsBlob.open(dbFile, cache)).isNull();
  }

  @Test
  void aCorruptCopyIsNotUsed() throws Exception {
    assertAgrees();
    byte[] bytes = Files.readAllBytes(blob());
    bytes[bytes.length - 10] ^= 0x01;
    Files.write(blob(), bytes);
    assertThat(PartsBlob.open(dbFile, cache)).isNull();
  }

  /** Writes the copy, reads it back and compares it with the store's table and diffs. */
  private List<StoredVersion> assertAgrees() {
    DbSnapshot.Stamp stamp = DbSnapshot.stamp(dbFile);
    try (Store store = Store.openForCommand("jdbc:sqlite:" + dbFile)) {
      PartsBlob.write(dbFile, cache, stamp, store.versions(), store.parts());
      PartsBlob copy = PartsBlob.open(dbFile, cache);
      assertThat(copy).isNotNull();
      PartTable table = store.parts();
      assertThat(copy.size()).isEqualTo(table.size()).isPositive();
      for (int i = 0; i < table.size(); i++) {
        assertThat(copy.id(i)).isEqualTo(table.id(i));
        assertThat(copy.kind(i)).isEqualTo(table.kind(i));
        assertThat(copy.validFrom(i)).isEqualTo(table.validFrom(i));
        assertThat(copy.validTo(i)).isEqualTo(table.validTo(i));
        assertThat(copy.body(i)).isEqualTo(table.body(i));
      }
      List<StoredVersion> versions = store.versions();
      assertThat(copy.dates()).isEqualTo(versions.stream().map(StoredVersion::updated).toList());
      for (int k = 0; k < versions.size(); k++) {
        int id = versions.get(k).id();
        assertThat(copy.versionId(k)).isEqualTo(id);
        assertThat(copy.prefix(id)).isEqualTo(table.prefix(id));
        assertThat(copy.suffix(id)).isEqualTo(table.suffix(id));
        for (StoredVersion other : versions) {
          assertThat(PartTable.diff(copy, id, other.id()))
              .isEqualTo(
                  RegistryDiff.compare(store.registry(versions.get(k)), store.registry(other)));
        }
      }
      return versions;
    }
  }

  private Path blob() throws Exception {
    try (var files = Files.walk(cache)) {
      return files.filter(f -> f.endsWith("parts.bin")).findFirst().orElseThrow();
    }
  }
}
