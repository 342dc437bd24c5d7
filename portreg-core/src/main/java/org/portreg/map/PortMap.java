package org.portreg.map;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.portreg.index.RegistryIndex;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

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

  /**
   * The map's rectangles of {@code rowsPerRegion} rows of 256 ports each, per transport, in panel
   * and port order: what a page overlays on {@link #svg} to make it clickable.
   *
   * @throws IllegalArgumentException unless {@code rowsPerRegion} divides 256
   */
  public static List<MapRegion> regions(int rowsPerRegion) {
    if (rowsPerRegion < 1 || MapLayout.SIDE % rowsPerRegion != 0) {
      throw new IllegalArgumentException("rowsPerRegion must divide 256, was " + rowsPerRegion);
    }
    List<MapRegion> regions = new ArrayList<>();
    for (Transport t : Transport.values()) {
      for (int row = 0; row < MapLayout.SIDE; row += rowsPerRegion) {
        PortRange ports =
            PortRange.of(row * MapLayout.SIDE, (row + rowsPerRegion) * MapLayout.SIDE - 1);
        regions.add(
            new MapRegion(
                t,
                ports,
                MapLayout.gridX(t),
                MapLayout.gridY(t) + row * MapLayout.CELL,
                MapLayout.GRID,
                rowsPerRegion * MapLayout.CELL));
      }
    }
    return List.copyOf(regions);
  }

  private static String title(RegistryIndex index) {
    return "IANA port space, registry of " + index.registry().header().updated();
  }
}
