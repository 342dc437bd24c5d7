package org.portreg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where benchmarks find the real registry files: {@code -Dportreg.shared}, else ../shared. */
public final class BenchData {
  private BenchData() {}

  /** The shared folder. */
  public static Path shared() {
    String configured = System.getProperty("portreg.shared", System.getenv("PORTREG_SHARED"));
    return Path.of(configured == null || configured.isBlank() ? "../shared" : configured);
  }

  /** The newest official registry XML. */
  public static Path newestXml() {
    return shared().resolve("data/iana/service-names-port-numbers.xml");
  }

  /** A file's bytes. */
  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
