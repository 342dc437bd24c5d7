package org.portreg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.RejectedInputException;
import org.portreg.cli.common.UsageException;
import org.portreg.error.InvalidInputException;
import org.portreg.error.PermissionDeniedException;
import org.portreg.error.RegistryException;
import org.portreg.error.RegistryFormatException;
import org.portreg.error.StateChangeRefusedException;

/**
 * The one table from exceptions to exit codes and messages on stderr. An exception takes the entry
 * of its own class, else of its nearest superclass in the table; the order of the entries does not
 * matter. Anything not in the table is a bug: exit 1 and {@code portreg: internal error: CLASS},
 * with the stack trace only when {@code PORTREG_DEBUG=1}.
 */
final class Failures {
  /** The environment variable that adds stack traces to internal errors when it is {@code 1}. */
  static final String DEBUG_ENV = "PORTREG_DEBUG";

  /** How the message is printed. */
  enum Style {
    /** {@code file:line:column: message}, one line per problem. */
    PROBLEMS,
    /** {@code source: field: message}, one line per reason. */
    REJECTED,
    /** {@code FILE: no such file}, else {@code portreg: message}. */
    IO,
    /** {@code portreg: message}. */
    MESSAGE,
    /**
     * {@code portreg: internal error: CLASS}; the message may hold internals, so it is not shown.
     */
    INTERNAL
  }

  /** An exit code and how the message is printed. */
  record Mapping(int code, Style style) {}

  private static final Mapping USAGE = new Mapping(ExitCodes.USAGE, Style.MESSAGE);
  private static final Mapping BUG = new Mapping(ExitCodes.INTERNAL, Style.INTERNAL);

  /** Exception class to exit code and message style. */
  static final Map<Class<? extends Exception>, Mapping> TABLE =
      Map.ofEntries(
          Map.entry(RegistryFormatException.class, new Mapping(ExitCodes.DATA, Style.PROBLEMS)),
          Map.entry(RejectedInputException.class, new Mapping(ExitCodes.DATA, Style.REJECTED)),
          Map.entry(UncheckedIOException.class, new Mapping(ExitCodes.IO, Style.IO)),
          Map.entry(IOException.class, new Mapping(ExitCodes.IO, Style.IO)),
          Map.entry(InvalidInputException.class, USAGE),
          Map.entry(UsageException.class, USAGE),
          // The acting user the command line chose (--as) may not do this.
          Map.entry(PermissionDeniedException.class, USAGE),
          Map.entry(
              StateChangeRefusedException.class, new Mapping(ExitCodes.REFUSED, Style.MESSAGE)),
          // Not found, conflicts, the store and the rest of the library's errors.
          Map.entry(RegistryException.class, new Mapping(ExitCodes.INTERNAL, Style.MESSAGE)),
          Map.entry(IllegalArgumentException.class, BUG),
          Map.entry(IllegalStateException.class, BUG));

  private final PrintStream err;
  private final boolean debug;

  Failures(PrintStream err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  /** The entry for {@code type}: its own, else its nearest superclass's, else a bug's. */
  static Mapping mappingOf(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Mapping mapping = TABLE.get(c);
      if (mapping != null) {
        return mapping;
      }
    }
    return BUG;
  }

  /** Prints what went wrong and returns the exit code. */
  int report(Exception e) {
    Mapping mapping = mappingOf(e.getClass());
    switch (mapping.style()) {
      case PROBLEMS -> ((RegistryFormatException) e).problems().forEach(err::println);
      case REJECTED -> ((RejectedInputException) e).lines().forEach(err::println);
      case IO -> printIo(e);
      case MESSAGE -> err.println("portreg: " + e.getMessage());
      default -> printBug(e);
    }
    return mapping.code();
  }

  private void printIo(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    if (cause instanceof NoSuchFileException missing) {
      err.println(missing.getFile() + ": no such file");
    } else {
      err.println("portreg: " + e.getMessage());
    }
  }

  private void printBug(Exception e) {
    err.println("portreg: internal error: " + e.getClass().getName());
    if (debug) {
      e.printStackTrace(err);
    }
  }
}
