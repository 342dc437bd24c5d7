package org.portreg.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void aNewFileGetsTheModeTheUmaskGivesAnyNewFile() throws IOException {
    Path reference = Files.createFile(dir.resolve("reference"));
    Path written = dir.resolve("services");

    AtomicFile.write(written, "x 1/tcp\n".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(reference))
        .as("readable by others under an ordinary umask, never forced to 0600")
        .isNotEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(written)).isEqualTo("x 1/tcp\n");
  }

  @Test
  void aReplacedFileKeepsItsMode() throws IOException {
    Path target = Files.writeString(dir.resolve("services"), "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFile.write(target, "new\n".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.readString(target)).isEqualTo("new\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r-----");
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(target);
    }
  }

  @Test
  void aMissingFolderIsNamedNeverTheTemporaryFile() {
    Path target = dir.resolve("no/such/dir/services");

    assertThatThrownBy(() -> AtomicFile.write(target, new byte[] {1}))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith(target + ": the folder ")
        .hasMessageEndingWith("does not exist")
        .hasMessageNotContaining(".portreg-");
  }
}
