package org.portreg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.db.DbHistoryFastPath;
import org.portreg.cli.db.DbVersionsFastPath;
import org.portreg.cli.lint.LintFastPath;
import org.portreg.cli.local.CheckFastPath;
import org.portreg.cli.registry.ConvertFastPath;
import org.portreg.cli.registry.DiffFastPath;
import org.portreg.cli.registry.FreeFastPath;
import org.portreg.cli.registry.LookupFastPath;
import org.portreg.cli.registry.SearchFastPath;
import org.portreg.cli.workflow.RequestFastPath;

/**
 * The process's entry point: the everyday commands' fast paths first, then the whole command line
 * ({@link Main}, parsed by picocli). Kept apart from {@link Main} so that a command answered here
 * never loads a picocli class: {@link Main}'s methods name picocli's types, and checking them when
 * {@link Main} is loaded reads picocli from the jar (compiled for Java 5, it is never in the
 * class-data sharing archive), which cost a cold lookup some milliseconds of its budget.
 */
public final class Entry {
  private Entry() {}

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    BufferedOutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    int code;
    try {
      code = fastPaths(args, out, System.err);
      if (code == LookupFastPath.NOT_HANDLED) {
        code = Main.run(args, out, System.err);
      }
    } catch (OutOfMemoryError e) {
      code = Main.outOfMemory(System.err);
    }
    try {
      out.flush();
    } catch (IOException e) {
      code = ExitCodes.IO;
    }
    System.exit(code);
  }

  /**
   * Runs {@code lookup}, {@code search}, {@code free}, {@code check}, {@code lint}, {@code
   * convert}, {@code db versions|history}, the request steps or {@code diff} without picocli when
   * the arguments and the cache allow it ({@link LookupFastPath}, {@link SearchFastPath}, {@link
   * FreeFastPath}, {@link CheckFastPath}, {@link LintFastPath}, {@link ConvertFastPath}, {@link
   * DbVersionsFastPath}, {@link DbHistoryFastPath}, {@link RequestFastPath}, {@link DiffFastPath});
   * returns its exit code, or {@link LookupFastPath#NOT_HANDLED}.
   */
  static int fastPaths(String[] args, OutputStream out, PrintStream err) {
    try {
      int code = registryFast(args, out, err);
      return code == LookupFastPath.NOT_HANDLED ? storeFast(args, out, err) : code;
    } catch (Exception e) {
      return Main.report(e, err);
    }
  }

  /** The fast paths of the commands that read a registry (plain ifs: no lambdas to link). */
  private static int registryFast(String[] args, OutputStream out, PrintStream err)
      throws Exception {
    int code = LookupFastPath.tryRun(args, out, err);
    if (code == LookupFastPath.NOT_HANDLED) {
      code = SearchFastPath.tryRun(args, out);
    }
    if (code == LookupFastPath.NOT_HANDLED) {
      code = FreeFastPath.tryRun(args, out, err);
    }
    if (code == LookupFastPath.NOT_HANDLED) {
      code = CheckFastPath.tryRun(args, out);
    }
    if (code == LookupFastPath.NOT_HANDLED) {
      code = LintFastPath.tryRun(args, out);
    }
    if (code == LookupFastPath.NOT_HANDLED) {
      code = ConvertFastPath.tryRun(args, out);
    }
    return code;
  }

  /** The fast paths of the commands on the store: db versions and history, requests, diff. */
  private static int storeFast(String[] args, OutputStream out, PrintStream err) throws Exception {
    int code = DbVersionsFastPath.tryRun(args, out);
    if (code == LookupFastPath.NOT_HANDLED) {
      code = DbHistoryFastPath.tryRun(args, out);
    }
    if (code == LookupFastPath.NOT_HANDLED) {
      code = RequestFastPath.tryRun(args, out);
    }
    if (code == LookupFastPath.NOT_HANDLED) {
      code = DiffFastPath.tryRun(args, out, err);
    }
    return code;
  }
}
