package org.portreg.cli;

/** The exit codes of the {@code portreg} command (sysexits.h where it has one). */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** Internal error, or a lookup that found nothing. */
  public static final int INTERNAL = 1;

  /** Bad command line. */
  public static final int USAGE = 2;

  /** Bad input data (EX_DATAERR). */
  public static final int DATA = 65;

  /** Input or output failed (EX_IOERR). */
  public static final int IO = 74;

  private ExitCodes() {}
}
