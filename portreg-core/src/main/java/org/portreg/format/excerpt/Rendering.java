package org.portreg.format.excerpt;

/** How a page excerpt renders its tables. */
public enum Rendering {
  /**
   * Markdown tables: every row starts and ends with a pipe, a {@code |---|} line after the head.
   */
  MARKDOWN,
  /** Pipe tables without a leading pipe: {@code a | b | c |}. */
  PIPES,
  /** Plain text: the values of a row separated by single spaces, cell borders lost. */
  PLAIN
}
