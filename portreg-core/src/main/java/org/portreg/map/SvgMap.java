package org.portreg.map;

import static org.portreg.map.MapLayout.CELL;
import static org.portreg.map.MapLayout.SIDE;

import java.util.Locale;
import org.portreg.index.PortStatus;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Transport;

/** Writes the map as hand-written SVG: runs of equal status in a row become one rectangle. */
final class SvgMap {
  private final StringBuilder out = new StringBuilder(1 << 20);
  private final RegistryIndex index;

  private SvgMap(RegistryIndex index) {
    this.index = index;
  }

  static String render(RegistryIndex index, String title) {
    return new SvgMap(index).document(title);
  }

  private String document(String title) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" shape-rendering=\"crispEdges\">\n",
            MapLayout.WIDTH,
            MapLayout.HEIGHT,
            MapLayout.WIDTH,
            MapLayout.HEIGHT));
    out.append("<title>").append(escape(title)).append("</title>\n");
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    text(20, 36, 22, "bold", title);
    legend();
    for (Transport t : Transport.values()) {
      panel(t);
    }
    return out.append("</svg>\n").toString();
  }

  private void legend() {
    int x = 20;
    int y = 56;
    for (PortStatus s : PortStatus.values()) {
      rect(x, y, 16, 16, MapLayout.COLORS[s.ordinal()]);
      text(x + 22, y + 13, 14, "normal", MapLayout.LABELS[s.ordinal()]);
      x += 60 + 9 * MapLayout.LABELS[s.ordinal()].length();
    }
    text(x + 10, y + 13, 13, "normal", "one cell = one port, 256 ports per row");
  }

  private void panel(Transport t) {
    int gx = MapLayout.gridX(t);
    int gy = MapLayout.gridY(t);
    text(gx, gy - 8, 16, "bold", MapLayout.title(t, MapLayout.counts(index, t)));
    for (int row = 0; row < SIDE; row++) {
      int col = 0;
      while (col < SIDE) {
        PortStatus s = index.status(row * SIDE + col, t);
        int start = col;
        while (col < SIDE && index.status(row * SIDE + col, t) == s) {
          col++;
        }
        rect(
            gx + start * CELL,
            gy + row * CELL,
            (col - start) * CELL,
            CELL,
            MapLayout.COLORS[s.ordinal()]);
      }
    }
    boundaries(gx, gy);
  }

  private void boundaries(int gx, int gy) {
    for (int i = 0; i < MapLayout.BOUNDARY_ROWS.length; i++) {
      int y = gy + MapLayout.BOUNDARY_ROWS[i] * CELL;
      out.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000000\" stroke-width=\"1\"/>\n",
              gx - 6,
              y,
              gx + MapLayout.GRID + 6,
              y));
      textEnd(gx - 8, y + MapLayout.LABEL_DY[i], MapLayout.BOUNDARY_LABELS[i]);
      if (i < MapLayout.SPACE_NAMES.length) {
        int mid = (MapLayout.BOUNDARY_ROWS[i] + MapLayout.BOUNDARY_ROWS[i + 1]) * CELL / 2;
        text(gx + MapLayout.GRID + 10, gy + mid + 5, 13, "bold", MapLayout.SPACE_NAMES[i]);
      }
    }
  }

  private void rect(int x, int y, int w, int h, int rgb) {
    out.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#%06x\"/>\n",
            x,
            y,
            w,
            h,
            rgb));
  }

  private void text(int x, int y, int size, String weight, String content) {
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\">%s</text>\n",
            x,
            y,
            size,
            weight,
            escape(content)));
  }

  private void textEnd(int x, int y, String content) {
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>\n",
            x,
            y,
            escape(content)));
  }

  /** Escapes text for XML content and attribute values. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
