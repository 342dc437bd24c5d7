package org.portreg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build of portreg. */
public final class Portreg {
  private static final String VERSION = load().getProperty("version", "unknown");

  private Portreg() {}

  /** The software version, from the POM (for example {@code 0.1.0}). */
  public static String version() {
    return VERSION;
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = Portreg.class.getResourceAsStream("portreg.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("portreg.properties: " + e.getMessage(), e);
    }
    return properties;
  }
}
