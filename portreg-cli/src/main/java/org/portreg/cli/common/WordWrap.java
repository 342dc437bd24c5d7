package org.portreg.cli.common;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text for people on word boundaries: a word is split only when it is longer than a whole
 * line can hold. Each line of the text is a paragraph of its own. Written without lambdas: the
 * {@code lookup} fast path uses it in a cold JVM.
 */
public final class WordWrap {
  private WordWrap() {}

  /**
   * The lines of {@code text}, the first at most {@code first} characters wide and the others at
   * most {@code rest} (both at least 1). An empty text is one empty line.
   */
  public static List<String> wrap(String text, int first, int rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      for (String word : paragraph.split(" ")) {
        if (!word.isEmpty()) {
          addWord(lines, line, word, first, rest);
        }
      }
      lines.add(line.toString());
      line.setLength(0);
    }
    return lines;
  }

  private static void addWord(
      List<String> lines, StringBuilder line, String word, int first, int rest) {
    int room = lines.isEmpty() ? first : rest;
    if (line.length() > 0 && line.length() + 1 + word.length() <= room) {
      line.append(' ').append(word);
      return;
    }
    if (line.length() > 0) {
      lines.add(line.toString());
      line.setLength(0);
      room = rest;
    }
    String left = word;
    while (left.length() > room) {
      lines.add(left.substring(0, room));
      left = left.substring(room);
      room = rest;
    }
    line.append(left);
  }

  /**
   * Prints {@code text} fitted to {@code width}: each line longer than the width is wrapped, its
   * continuation lines indented four more than the line itself. A {@link TerminalWidth#UNLIMITED}
   * width prints the text unchanged.
   */
  public static void print(PrintStream out, String text, int width) {
    out.print(fit(text, width));
  }

  /**
   * {@code text} fitted to {@code width} as {@link #print} prints it: each line longer than the
   * width wrapped on words, its continuation lines indented four more than the line itself;
   * unchanged for a {@link TerminalWidth#UNLIMITED} width. Nothing is cut.
   */
  public static String fit(String text, int width) {
    if (width == TerminalWidth.UNLIMITED) {
      return text;
    }
    StringBuilder fitted = new StringBuilder(text.length() + 64);
    for (String line : text.split("\n", -1)) {
      fitted.append(hanging(line, width)).append('\n');
    }
    fitted.setLength(fitted.length() - 1);
    return fitted.toString();
  }

  private static String hanging(String line, int width) {
    if (line.length() <= width) {
      return line;
    }
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    int more = Math.min(indent + 4, width / 2);
    String pad = " ".repeat(more);
    StringBuilder out = new StringBuilder(" ".repeat(indent));
    List<String> lines =
        wrap(line.substring(indent), Math.max(1, width - indent), Math.max(1, width - more));
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? "" : "\n" + pad).append(lines.get(i));
    }
    return out.toString();
  }
}
