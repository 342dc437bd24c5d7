package org.portreg.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line in-process and keeps what it wrote. Public, with static doors to {@link
 * Main}, so that the tests of every command package reach the command line as a user does while
 * {@code Main} keeps its package-private test seams.
 */
public final class CliRun {
  public final ByteArrayOutputStream out = new ByteArrayOutputStream();
  public final ByteArrayOutputStream err = new ByteArrayOutputStream();
  public final int code;

  private CliRun(String... args) {
    code = Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  public static CliRun of(String... args) {
    return new CliRun(args);
  }

  /** {@code portreg ARGS} on the given streams; returns the exit code. */
  public static int run(String[] args, OutputStream out, PrintStream err) {
    return Main.run(args, out, err);
  }

  /** {@code portreg ARGS} reading {@code in}; returns the exit code. */
  public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    return Main.run(args, in, out, err);
  }

  /** The top-level command on the given streams, for a {@code CommandLine} of a test's own. */
  public static Object main(OutputStream out, PrintStream err) {
    return new Main(out, err);
  }

  public String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
