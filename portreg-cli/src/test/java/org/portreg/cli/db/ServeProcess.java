package org.portreg.cli.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portreg.cli.Main;

/** {@code portreg serve} as a real child process, for the tests that signal or watch it. */
final class ServeProcess {
  private ServeProcess() {}

  /** Starts {@code portreg serve ARGS} with its standard error in {@code log}. */
  static Process start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.add("serve");
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(log.toFile()).start();
  }

  /** Waits (up to five minutes on a busy machine) for the line saying where the server listens. */
  static int awaitPort(Path log, Process process) throws Exception {
    Pattern serving = Pattern.compile("portreg: serving on http://127\\.0\\.0\\.1:(\\d+)/");
    for (int i = 0; i < 3000 && process.isAlive(); i++) {
      Matcher m = serving.matcher(Files.readString(log));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      // Polling interval of a condition wait, not a timing assumption.
      Thread.sleep(100);
    }
    throw new AssertionError("the server never said where it listens: " + Files.readString(log));
  }

  /** Waits (up to five minutes) until {@code log} matches {@code pattern}; returns its text. */
  static String awaitLog(Path log, Process process, Pattern pattern) throws Exception {
    for (int i = 0; i < 3000; i++) {
      String text = Files.readString(log);
      if (pattern.matcher(text).find()) {
        return text;
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the log never showed " + pattern + ": " + Files.readString(log));
  }
}
