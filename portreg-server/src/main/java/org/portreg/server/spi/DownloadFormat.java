package org.portreg.server.spi;

import java.util.Objects;
import java.util.function.Function;
import org.portreg.error.InvalidInputException;
import org.portreg.model.Registry;

/**
 * One downloadable rendering of the registry, served at {@code /FILE} and {@code
 * /versions/DATE/FILE}.
 *
 * @param fileName the file name, such as {@code service-names-port-numbers.xml}; one path segment
 * @param label what the Available Formats list calls it, such as {@code XML}
 * @param mediaType the Content-Type, with charset for text
 * @param writer renders a registry to bytes; must be a pure function of the registry, thread-safe
 */
public record DownloadFormat(
    String fileName, String label, String mediaType, Function<Registry, byte[]> writer) {
  /** Checks the file name is a single plain path segment. */
  public DownloadFormat {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(writer, "writer");
    if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new InvalidInputException("file name must be one plain path segment, was " + fileName);
    }
  }
}
