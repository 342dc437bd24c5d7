package org.portreg.cli.workflow;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.portreg.cli.common.UsageException;

/**
 * A new password for {@code user add} and {@code user update}: typed at the terminal without echo,
 * twice, when standard input is one; else the first line of standard input, without its line end
 * (for scripts).
 */
final class PasswordInput {
  private PasswordInput() {}

  /** Reads the password for {@code username} from {@code in}, or prompts when it is a terminal. */
  static String read(InputStream in, String username) throws IOException {
    Console console = System.console();
    if (console != null && in == System.in) {
      return prompt(console, username);
    }
    String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    if (line == null) {
      throw new UsageException("--password-stdin: standard input is empty");
    }
    return line;
  }

  private static String prompt(Console console, String username) {
    char[] first = console.readPassword("Password for %s (10 characters or more): ", username);
    char[] again = console.readPassword("The same password again: ");
    if (first == null || again == null) {
      throw new UsageException("no password given");
    }
    try {
      if (!Arrays.equals(first, again)) {
        throw new UsageException("the two passwords differ; nothing changed");
      }
      return new String(first);
    } finally {
      Arrays.fill(first, ' ');
      Arrays.fill(again, ' ');
    }
  }
}
