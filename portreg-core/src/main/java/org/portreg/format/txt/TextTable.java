package org.portreg.format.txt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A fixed-width table as a text browser renders it: columns separated by positions that are blank
 * on every line, cells wrapped over several lines and vertically centred in their row. Splits the
 * body into rows of cells. Not thread-safe while building; the result is plain data.
 */
final class TextTable {
  /** Penalty for a row whose lines above and below its anchor break the centring rule. */
  private static final int UNCENTRED = 100_000;

  private final List<String> lines;
  private final int firstLine;
  private final int[] starts;
  private final int[] contentWidths;

  /**
   * A table over {@code lines} (the body, without header lines).
   *
   * @param firstLine the 1-based file line number of {@code lines.get(0)}
   * @param starts the first character position of each column, ascending, the first 0
   */
  TextTable(List<String> lines, int firstLine, int[] starts) {
    this.lines = List.copyOf(lines);
    this.firstLine = firstLine;
    this.starts = starts.clone();
    this.contentWidths = new int[starts.length];
    for (String line : this.lines) {
      for (int c = 0; c < starts.length; c++) {
        contentWidths[c] = Math.max(contentWidths[c], cell(line, c).strip().length());
      }
    }
  }

  /** One row: its cells (each a list of lines, blank lines kept) and where it is in the file. */
  record Row(List<List<String>> cells, int anchorLine, int[] starts) {
    /** The cell's lines joined by single spaces, blank lines dropped. */
    String joined(int column) {
      StringBuilder out = new StringBuilder();
      for (String line : cells.get(column)) {
        if (!line.isBlank()) {
          out.append(out.length() == 0 ? "" : " ").append(line.strip());
        }
      }
      return out.toString();
    }

    /** The 1-based column where the cell starts. */
    int columnOf(int column) {
      return starts[column] + 1;
    }
  }

  /**
   * The column starts: for each header label after the first, the start of the last run of
   * positions blank in every body line that lies after the previous label and at or before this
   * label; the label's own position when there is no such run.
   *
   * @param labelStarts where each column's label starts in the header line, ascending
   */
  static int[] columnStarts(List<String> body, int[] labelStarts) {
    boolean[] used = occupied(body);
    int[] starts = new int[labelStarts.length];
    for (int c = 1; c < labelStarts.length; c++) {
      starts[c] = lastBlankRunStart(used, labelStarts[c - 1] + 1, labelStarts[c]);
    }
    return starts;
  }

  private static boolean[] occupied(List<String> body) {
    int width = body.stream().mapToInt(String::length).max().orElse(0);
    boolean[] used = new boolean[width + 1];
    for (String line : body) {
      for (int i = 0; i < line.length(); i++) {
        used[i] |= line.charAt(i) != ' ';
      }
    }
    return used;
  }

  private static int lastBlankRunStart(boolean[] used, int from, int to) {
    int found = to;
    for (int i = from; i <= to; i++) {
      boolean blank = i >= used.length || !used[i];
      boolean previousUsed = i > 0 && i - 1 < used.length && used[i - 1];
      if (blank && (previousUsed || i == from)) {
        found = i;
      }
    }
    return found;
  }

  /** The cell text of {@code line} in {@code column}, right-stripped; empty when blank. */
  String cell(String line, int column) {
    int from = Math.min(starts[column], line.length());
    int to =
        column + 1 < starts.length ? Math.min(starts[column + 1], line.length()) : line.length();
    return line.substring(from, to).stripTrailing();
  }

  /**
   * Splits the body into rows. Anchor lines (those {@code isAnchor} accepts) hold each row's
   * one-line cells; the lines between two anchors are shared out so that every cell is as close to
   * vertically centred as it can be, the way the rendering placed them.
   */
  List<Row> rows(Predicate<String> isAnchor) {
    return rows(isAnchor, (upper, lower) -> 0);
  }

  /** Like {@link #rows(Predicate)}, with the cost of neighbouring rows that should read alike. */
  List<Row> rows(Predicate<String> isAnchor, RowSplitter.Twins twins) {
    List<Integer> anchors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (isAnchor.test(lines.get(i))) {
        anchors.add(i);
      }
    }
    if (anchors.isEmpty()) {
      return List.of();
    }
    int[] above = new RowSplitter(this, anchors, twins).split();
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < anchors.size(); r++) {
      int top = anchors.get(r) - above[r];
      int bottom = r + 1 < anchors.size() ? anchors.get(r + 1) - above[r + 1] : lines.size();
      rows.add(row(top, bottom, anchors.get(r)));
    }
    return rows;
  }

  private Row row(int top, int bottom, int anchor) {
    List<List<String>> cells = new ArrayList<>();
    for (int c = 0; c < starts.length; c++) {
      cells.add(cellLines(top, bottom, c));
    }
    return new Row(cells, firstLine + anchor, starts);
  }

  /** The lines of one cell between {@code top} and {@code bottom}, outer blank lines dropped. */
  List<String> cellLines(int top, int bottom, int column) {
    List<String> out = new ArrayList<>();
    for (int i = top; i < bottom; i++) {
      out.add(cell(lines.get(i), column).strip());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    while (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
    return out;
  }

  /**
   * How unlikely it is that the lines {@code top..bottom} (exclusive) form one row: for each cell,
   * the distance between its first line and its centred position, plus one for each pair of wrapped
   * lines where the next line's first word would have fitted on the line before.
   */
  int rowCost(int top, int bottom) {
    int cost = 0;
    for (int c = 0; c < starts.length; c++) {
      cost += cellCost(top, bottom, c);
    }
    return cost;
  }

  private int cellCost(int top, int bottom, int column) {
    int first = -1;
    int last = -1;
    int cost = 0;
    String previous = "";
    for (int i = top; i < bottom; i++) {
      String text = cell(lines.get(i), column).strip();
      if (!text.isEmpty()) {
        first = first < 0 ? i - top : first;
        last = i - top;
        cost += wouldHaveFitted(previous, text, contentWidths[column]) ? 1 : 0;
      }
      previous = text;
    }
    return first < 0 ? 0 : cost + Math.abs(first - (bottom - top - (last - first + 1)) / 2);
  }

  private static boolean wouldHaveFitted(String previous, String next, int width) {
    if (previous.isEmpty()) {
      return false;
    }
    int space = next.indexOf(' ');
    int word = space < 0 ? next.length() : space;
    return previous.length() + 1 + word <= width;
  }

  /** The penalty for a row with {@code above} lines over its anchor and {@code below} under it. */
  static int shapePenalty(int above, int below) {
    return below == above || below == above + 1 ? 0 : UNCENTRED;
  }

  /** The line at {@code index} of the body. */
  String line(int index) {
    return lines.get(index);
  }

  /** The cell {@code column} of the lines {@code top..bottom} joined by spaces. */
  String joined(int top, int bottom, int column) {
    return new Row(List.of(cellLines(top, bottom, column)), 0, starts).joined(0);
  }

  int size() {
    return lines.size();
  }
}
