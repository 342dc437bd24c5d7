package org.portreg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and keeps what it wrote. */
final class CliRun {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final int code;

  private CliRun(String... args) {
    code = Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  static CliRun of(String... args) {
    return new CliRun(args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
