package org.portreg.cli.common;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The width that output for people (tables, record blocks, diffs, histories, help) is fitted to:
 *
 * <ol>
 *   <li>{@code COLUMNS}, when it is a number (at least {@link #MIN}), whether or not the output is
 *       a terminal: the user's word;
 *   <li>else, when standard input and output are a terminal ({@code System.console()} is not null;
 *       free to ask, the JVM knows it from its start), the terminal's own width, asked with {@code
 *       stty size} reading {@code /dev/tty} (the shell does not export {@code COLUMNS}), at most
 *       {@link #ASK_SECONDS} seconds; {@link #FALLBACK} when that fails;
 *   <li>else (output piped or redirected) {@link #UNLIMITED}: one line per record, never wrapped,
 *       for {@code grep} and {@code cut}, and no work at all on that path.
 * </ol>
 *
 * <p>Asked once per process. Written without lambdas: the {@code lookup} fast path calls it.
 */
public final class TerminalWidth {
  /** The width of output that is not fitted to anything: a pipe or a file. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /** The width of a terminal that does not say. */
  public static final int FALLBACK = 80;

  /** The narrowest width honoured; a smaller {@code COLUMNS} or terminal counts as this. */
  public static final int MIN = 20;

  /** How long {@code stty} may take before {@link #FALLBACK} is used. */
  static final int ASK_SECONDS = 2;

  private static int width;

  private TerminalWidth() {}

  /** The width for this process's standard output, decided on first call. */
  public static synchronized int get() {
    if (width == 0) {
      String columns = System.getenv("COLUMNS");
      width = of(columns, columns == null && System.console() != null ? ask() : 0);
    }
    return width;
  }

  /**
   * The width from {@code columns} (the environment's {@code COLUMNS}, or null) and {@code
   * terminal} (the terminal's width, 0 when not a terminal, negative when it did not say).
   */
  public static int of(String columns, int terminal) {
    int given = number(columns);
    if (given > 0) {
      return Math.max(MIN, given);
    }
    if (terminal == 0) {
      return UNLIMITED;
    }
    return terminal < 0 ? FALLBACK : Math.max(MIN, terminal);
  }

  /** A positive number of at most four digits, else 0. */
  private static int number(String text) {
    if (text == null || text.isEmpty() || text.length() > 4) {
      return 0;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return 0;
      }
    }
    return Integer.parseInt(text);
  }

  /** The terminal's columns from {@code stty size} ("ROWS COLUMNS"), or -1. */
  static int ask() {
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(new File("/dev/tty"))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!stty.waitFor(ASK_SECONDS, TimeUnit.SECONDS)) {
        stty.destroyForcibly();
        return -1;
      }
      return columnsOf(read(stty.getInputStream()));
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
    }
  }

  /** The second number of {@code "ROWS COLUMNS"}, or -1 (also for a terminal that says 0). */
  static int columnsOf(String size) {
    int space = size.indexOf(' ');
    int columns = space < 0 ? 0 : number(size.substring(space + 1));
    return columns > 0 ? columns : -1;
  }
}
