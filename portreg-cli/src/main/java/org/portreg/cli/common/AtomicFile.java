package org.portreg.cli.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes whole files so that no reader ever sees half of one. The new file gets the mode the user's
 * umask gives a new file, or keeps the mode of the file it replaces: a services file written for
 * everyone stays readable by everyone.
 */
public final class AtomicFile {
  private static final int ATTEMPTS = 16;

  private AtomicFile() {}

  /**
   * Writes to a temporary file beside the target, then renames it, so no half file is left.
   *
   * @throws UncheckedIOException naming the target (never the temporary file) when it cannot be
   *     written
   */
  public static void write(Path target, byte[] bytes) {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Path temp = create(dir);
      try {
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
          out.write(bytes);
        }
        keepMode(target, temp);
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": " + reason(e, dir), e);
    }
  }

  /**
   * A new empty file in {@code dir} created without explicit permissions, so the operating system
   * applies the umask to 0666, as for any file a program creates ({@code Files.createTempFile}
   * would make it 0600).
   */
  private static Path create(Path dir) throws IOException {
    for (int i = 0; ; i++) {
      long n = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
      Path temp = dir.resolve(".portreg-" + Long.toString(n, 36) + ".tmp");
      try {
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW).close();
        return temp;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (i == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** Gives {@code temp} the permissions of the file it is about to replace, if there is one. */
  private static void keepMode(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (view == null || !Files.isRegularFile(target)) {
      return;
    }
    Set<PosixFilePermission> mode = view.readAttributes().permissions();
    Files.setPosixFilePermissions(temp, mode);
  }

  private static String reason(IOException e, Path dir) {
    if (e instanceof NoSuchFileException) {
      return "the folder " + dir + " does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied in " + dir;
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage();
  }
}
