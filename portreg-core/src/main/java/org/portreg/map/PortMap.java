package org.portreg.map;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.portreg.index.RegistryIndex;

/**
 * Renders the whole port space of a registry version, per transport: every port a cell coloured by
 * its RFC 6335 status (assigned, reserved, unassigned, dynamic), with a legend and the
 * System/User/Dynamic boundaries. Thread-safe, stateless.
 */
public final class PortMap {
  private PortMap() {}

  /** The map as a standalone SVG document (UTF-8 bytes). */
  public static byte[] svg(RegistryIndex index) {
    Objects.requireNonNull(index, "index");
    return SvgMap.render(index, title(index)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The map as PNG bytes. Runs AWT headless: sets {@code java.awt.headless=true} unless the
   * property was already set.
   */
  public static byte[] png(RegistryIndex index) {
    Objects.requireNonNull(index, "index");
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    return PngMap.render(index, title(index));
  }

  private static String title(RegistryIndex index) {
    return "IANA port space, registry of " + index.registry().header().updated();
  }
}
