package org.portreg.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import org.portreg.format.Format;
import org.portreg.format.ReadOptions;
import org.portreg.io.Registries;
import org.portreg.model.Registry;

/**
 * The snapshot of the official registry that ships with portreg: IANA's newest XML at build time,
 * gzipped, byte for byte. Read commands fall back to it when the default database is empty, and
 * {@code serve} seeds an empty database with it. Its data is CC0 (see NOTICE). Thread-safe.
 */
public final class BundledRegistry {
  /** The name the snapshot's problems and log lines use. */
  public static final String SOURCE = "bundled:service-names-port-numbers.xml.gz";

  private static final String RESOURCE = "service-names-port-numbers.xml.gz";
  private static final Properties FACTS = facts();

  private BundledRegistry() {}

  /** The registry's {@code <updated>} date, without parsing the snapshot. */
  public static LocalDate updated() {
    return LocalDate.parse(FACTS.getProperty("updated"));
  }

  /** The SHA-256 (lower-case hex) of the uncompressed XML. */
  public static String sha256() {
    return FACTS.getProperty("sha256");
  }

  /** The snapshot as IANA published it, gzipped. */
  public static byte[] gzipped() {
    try (InputStream in = open(RESOURCE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(SOURCE + ": " + e.getMessage(), e);
    }
  }

  /** The snapshot, parsed strictly. */
  public static Registry read() {
    return Registries.read(gzipped(), SOURCE, Optional.of(Format.XML), ReadOptions.STRICT)
        .registry();
  }

  private static Properties facts() {
    Properties facts = new Properties();
    try (InputStream in = open("bundled.properties")) {
      facts.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("bundled.properties: " + e.getMessage(), e);
    }
    return facts;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = BundledRegistry.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing from the portreg-data jar");
    }
    return in;
  }
}
