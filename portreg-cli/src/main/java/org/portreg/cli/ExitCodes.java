package org.portreg.cli;

/** The exit codes of the {@code portreg} command (sysexits.h where it has one). */
final class ExitCodes {
  /** Success. */
  static final int OK = 0;

  /** Internal error, or a lookup that found nothing. */
  static final int INTERNAL = 1;

  /** Bad command line. */
  static final int USAGE = 2;

  /** Bad input data (EX_DATAERR). */
  static final int DATA = 65;

  /** Input or output failed (EX_IOERR). */
  static final int IO = 74;

  private ExitCodes() {}
}
