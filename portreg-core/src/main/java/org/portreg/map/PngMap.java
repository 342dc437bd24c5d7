package org.portreg.map;

import static org.portreg.map.MapLayout.CELL;
import static org.portreg.map.MapLayout.SIDE;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.portreg.index.PortStatus;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Transport;

/** Draws the map with java.awt (headless): the cells pixel by pixel, then text and lines. */
final class PngMap {
  private final RegistryIndex index;
  private final BufferedImage image =
      new BufferedImage(MapLayout.WIDTH, MapLayout.HEIGHT, BufferedImage.TYPE_INT_RGB);
  private final Graphics2D g = image.createGraphics();

  private PngMap(RegistryIndex index) {
    this.index = index;
  }

  static byte[] render(RegistryIndex index, String title) {
    PngMap map = new PngMap(index);
    try {
      return map.draw(title);
    } finally {
      map.g.dispose();
    }
  }

  private byte[] draw(String title) {
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, MapLayout.WIDTH, MapLayout.HEIGHT);
    text(20, 36, 22, Font.BOLD, title);
    legend();
    for (Transport t : Transport.values()) {
      panel(t);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing PNG: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private void legend() {
    int x = 20;
    int y = 56;
    for (PortStatus s : PortStatus.values()) {
      g.setColor(new Color(MapLayout.COLORS[s.ordinal()]));
      g.fillRect(x, y, 16, 16);
      text(x + 22, y + 13, 14, Font.PLAIN, MapLayout.LABELS[s.ordinal()]);
      x += 60 + 9 * MapLayout.LABELS[s.ordinal()].length();
    }
    text(x + 10, y + 13, 13, Font.PLAIN, "one cell = one port, 256 ports per row");
  }

  private void panel(Transport t) {
    int gx = MapLayout.gridX(t);
    int gy = MapLayout.gridY(t);
    text(gx, gy - 8, 16, Font.BOLD, MapLayout.title(t, MapLayout.counts(index, t)));
    for (int port = 0; port < SIDE * SIDE; port++) {
      int rgb = MapLayout.COLORS[index.status(port, t).ordinal()];
      int x = gx + (port % SIDE) * CELL;
      int y = gy + (port / SIDE) * CELL;
      for (int dy = 0; dy < CELL; dy++) {
        for (int dx = 0; dx < CELL; dx++) {
          image.setRGB(x + dx, y + dy, rgb);
        }
      }
    }
    boundaries(gx, gy);
  }

  private void boundaries(int gx, int gy) {
    g.setStroke(new BasicStroke(1));
    for (int i = 0; i < MapLayout.BOUNDARY_ROWS.length; i++) {
      int y = gy + MapLayout.BOUNDARY_ROWS[i] * CELL;
      g.setColor(Color.BLACK);
      g.drawLine(gx - 6, y, gx + MapLayout.GRID + 6, y);
      String label = MapLayout.BOUNDARY_LABELS[i];
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      int width = g.getFontMetrics().stringWidth(label);
      g.drawString(label, gx - 8 - width, y + MapLayout.LABEL_DY[i]);
      if (i < MapLayout.SPACE_NAMES.length) {
        int mid = (MapLayout.BOUNDARY_ROWS[i] + MapLayout.BOUNDARY_ROWS[i + 1]) * CELL / 2;
        text(gx + MapLayout.GRID + 10, gy + mid + 5, 13, Font.BOLD, MapLayout.SPACE_NAMES[i]);
      }
    }
  }

  private void text(int x, int y, int size, int style, String content) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, style, size));
    g.drawString(content, x, y);
  }
}
