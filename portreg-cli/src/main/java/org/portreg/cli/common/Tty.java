package org.portreg.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which of the process's standard streams are terminals, read from {@code /proc/self/fd} (Linux;
 * elsewhere none is taken for one). Java 17's {@code System.console()} answers only for standard
 * input and output together, and cannot tell standard error apart.
 */
public final class Tty {
  private Tty() {}

  /** The terminal device behind file descriptor {@code fd} (1 stdout, 2 stderr), if it is one. */
  public static Optional<String> of(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
          ? Optional.of(target)
          : Optional.empty();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether a progress bar on standard error helps: it is a terminal that standard output does not
   * also write to (there, the report's own lines show the progress, and a bar between them would
   * garble both).
   */
  public static boolean progressBarFits() {
    Optional<String> err = of(2);
    return err.isPresent() && !err.equals(of(1));
  }
}
