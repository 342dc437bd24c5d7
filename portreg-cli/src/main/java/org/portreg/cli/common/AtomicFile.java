package org.portreg.cli.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes whole files so that no reader ever sees half of one. */
public final class AtomicFile {
  private AtomicFile() {}

  /**
   * Writes to a temporary file beside the target, then renames it, so no half file is left.
   *
   * @throws UncheckedIOException naming the target when it cannot be written
   */
  public static void write(Path target, byte[] bytes) {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Path temp = Files.createTempFile(dir, ".portreg-", ".tmp");
      try {
        Files.write(temp, bytes);
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": " + e.getMessage(), e);
    }
  }
}
