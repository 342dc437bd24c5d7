package org.portreg.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real registry files in {@code ../shared} (or where the system property {@code
 * portreg.shared} or the environment variable {@code PORTREG_SHARED} point). When they are absent a
 * test is skipped with a message naming the folder, unless {@code PORTREG_REQUIRE_SHARED=1}, then
 * it fails.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, whether or not it exists. */
  public static Path root() {
    String configured = System.getProperty("portreg.shared");
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("PORTREG_SHARED");
    }
    if (configured == null || configured.isBlank()) {
      configured = "../shared";
    }
    return Path.of(configured).toAbsolutePath().normalize();
  }

  /** {@code shared/data/iana}, or skips (fails when required) if it is missing. */
  public static Path iana() {
    return require(root().resolve("data").resolve("iana"));
  }

  /** {@code shared/seeds}, or skips (fails when required) if it is missing. */
  public static Path seeds() {
    return require(root().resolve("seeds"));
  }

  /** The newest official XML. */
  public static Path newestXml() {
    return require(iana().resolve("service-names-port-numbers.xml"));
  }

  /** The history version of the given date, {@code history/DATE.xml.gz}. */
  public static Path history(String date) {
    return require(iana().resolve("history").resolve(date + ".xml.gz"));
  }

  /** Every file of {@code history/} in date order. */
  public static List<Path> historyFiles() {
    return list(iana().resolve("history"), "glob:**/*.xml.gz");
  }

  /** Every XML file (plain or gzipped) in {@code pairs/}, in path order. */
  public static List<Path> pairXmlFiles() {
    return list(iana().resolve("pairs"), "glob:**/*.xml{,.gz}");
  }

  /** A file under {@code pairs/}, such as {@code 2024-01-25/service-names-port-numbers.csv}. */
  public static Path pair(String relative) {
    return require(iana().resolve("pairs").resolve(relative));
  }

  private static List<Path> list(Path dir, String glob) {
    var matcher = dir.getFileSystem().getPathMatcher(glob);
    try (Stream<Path> files = Files.walk(require(dir))) {
      return files.filter(matcher::matches).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path require(Path path) {
    if (!Files.exists(path)) {
      String message = "real registry data not found at " + path;
      if ("1".equals(System.getenv("PORTREG_REQUIRE_SHARED"))) {
        fail(message + " (PORTREG_REQUIRE_SHARED=1)");
      }
      Assumptions.abort(message + "; set -Dportreg.shared or PORTREG_SHARED");
    }
    return path;
  }

  /** Reads a file's bytes. */
  public static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
