package org.portreg.cli.common;

/** The exit codes of the {@code portreg} command (sysexits.h where it has one). */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** Internal error, or a lookup that found nothing. */
  public static final int INTERNAL = 1;

  /** Bad command line. */
  public static final int USAGE = 2;

  /**
   * A state change the rules refuse in the current state (such as assigning an unchecked request).
   */
  public static final int REFUSED = 3;

  /** Bad input data (EX_DATAERR). */
  public static final int DATA = 65;

  /** Input or output failed (EX_IOERR). */
  public static final int IO = 74;

  private ExitCodes() {}
}
