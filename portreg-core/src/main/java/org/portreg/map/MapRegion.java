package org.portreg.map;

import java.util.Objects;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * A rectangle of the {@link PortMap} SVG and the ports it shows, so a page can make the map
 * clickable. Coordinates are in the SVG's user units (its viewBox).
 *
 * @param transport the panel's transport
 * @param ports the ports the rectangle covers
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 */
public record MapRegion(Transport transport, PortRange ports, int x, int y, int width, int height) {
  /** Checks no component is null and the size is positive. */
  public MapRegion {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(ports, "ports");
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("a region needs a positive size");
    }
  }
}
