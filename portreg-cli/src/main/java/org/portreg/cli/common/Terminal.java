package org.portreg.cli.common;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Where a command reads and writes: the top-level command implements it, and every command reaches
 * it as its {@code @ParentCommand} (or its parent's), so that tests run commands on their own
 * streams.
 */
public interface Terminal {
  /** Where commands read their input, such as a password. */
  InputStream in();

  /** Where commands write their output. */
  OutputStream out();

  /** Where commands write messages. */
  PrintStream err();
}
