package org.portreg.map;

import org.portreg.index.PortStatus;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Transport;

/**
 * The geometry both renderings share: one panel per transport in a 2x2 grid, each panel 256 rows of
 * 256 ports (row r holds ports 256r..256r+255), so the System/User boundary falls after row 4 and
 * the User/Dynamic boundary after row 192.
 */
final class MapLayout {
  static final int SIDE = 256;
  static final int CELL = 2;
  static final int GRID = SIDE * CELL;
  static final int MARGIN_LEFT = 70;
  static final int MARGIN_RIGHT = 80;
  static final int PANEL_TOP = 90;
  static final int PANEL_TITLE = 28;
  static final int GAP = 30;
  static final int LEGEND_HEIGHT = 60;
  static final int PANEL_WIDTH = MARGIN_LEFT + GRID + MARGIN_RIGHT;
  static final int PANEL_HEIGHT = PANEL_TITLE + GRID + GAP;
  static final int WIDTH = 2 * PANEL_WIDTH;
  static final int HEIGHT = PANEL_TOP + 2 * PANEL_HEIGHT + LEGEND_HEIGHT;
  static final int[] BOUNDARY_ROWS = {0, 4, 192, 256};
  static final String[] BOUNDARY_LABELS = {"0", "1024", "49152", "65535"};

  /** Vertical offsets of the boundary labels: 0 and 1024 are 8 px apart, so they go apart. */
  static final int[] LABEL_DY = {-1, 11, 4, 4};

  static final String[] SPACE_NAMES = {"System", "User", "Dynamic"};

  /** Fill colours per {@link PortStatus}, in ordinal order, as RGB. */
  static final int[] COLORS = {0x1f5fa8, 0xe8912d, 0xdedede, 0x9fd8cf};

  /** Legend labels per {@link PortStatus}. */
  static final String[] LABELS = {"assigned", "reserved", "unassigned", "dynamic (never assigned)"};

  private MapLayout() {}

  static int panelX(Transport t) {
    return (t.ordinal() % 2) * PANEL_WIDTH;
  }

  static int panelY(Transport t) {
    return PANEL_TOP + (t.ordinal() / 2) * PANEL_HEIGHT;
  }

  static int gridX(Transport t) {
    return panelX(t) + MARGIN_LEFT;
  }

  static int gridY(Transport t) {
    return panelY(t) + PANEL_TITLE;
  }

  /** Per status, how many ports of {@code t} have it. */
  static int[] counts(RegistryIndex index, Transport t) {
    int[] counts = new int[PortStatus.values().length];
    for (int port = 0; port < SIDE * SIDE; port++) {
      counts[index.status(port, t).ordinal()]++;
    }
    return counts;
  }

  static String title(Transport t, int[] counts) {
    return t.token()
        + ": "
        + counts[0]
        + " assigned, "
        + counts[1]
        + " reserved, "
        + counts[2]
        + " unassigned";
  }
}
