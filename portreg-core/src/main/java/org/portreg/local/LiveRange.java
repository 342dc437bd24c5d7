package org.portreg.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.portreg.error.InvalidInputException;
import org.portreg.model.PortRange;

/**
 * Where the {@code linux-live} preset reads the running kernel's ephemeral range: a file holding
 * two numbers, such as {@code 32768\t60999}. Injected so that tests can point it at a file of their
 * own.
 *
 * @param file the file to read, normally {@link #FILE}
 */
public record LiveRange(Path file) {
  /** The kernel's file. */
  public static final Path FILE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

  /** The running kernel's range. */
  public static LiveRange system() {
    return new LiveRange(FILE);
  }

  /**
   * The range the file holds.
   *
   * @throws InvalidInputException when the file cannot be read or does not hold two ports
   */
  public PortRange read() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new InvalidInputException(
          "preset linux-live reads " + file + ", which cannot be read here: " + e.getMessage(), e);
    }
    String[] parts = text.split("\\s+");
    if (parts.length != 2 || !isPort(parts[0]) || !isPort(parts[1])) {
      throw new InvalidInputException(
          "preset linux-live: " + file + " must hold two port numbers, was '" + text + "'");
    }
    int first = Integer.parseInt(parts[0]);
    int last = Integer.parseInt(parts[1]);
    if (first > last || last > PortRange.MAX_PORT) {
      throw new InvalidInputException(
          "preset linux-live: " + file + " holds no valid range, was '" + text + "'");
    }
    return PortRange.of(first, last);
  }

  private static boolean isPort(String digits) {
    return !digits.isEmpty()
        && digits.length() <= 5
        && digits.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
