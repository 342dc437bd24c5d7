package org.portreg.cli.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.portreg.error.InvalidInputException;
import org.portreg.format.ReadOptions;
import org.portreg.format.SourceText;
import org.portreg.io.Registries;
import org.portreg.model.Registry;

/**
 * The most bytes of (decompressed) input any registry file may hold in this run: 64 MiB unless
 * {@code --max-input SIZE} says otherwise. Every command that reads a registry file reads it
 * through here. Set once, while the command line is parsed, before the command runs.
 */
public final class InputLimit {
  private static volatile long bytes = ReadOptions.DEFAULT_MAX_INPUT_BYTES;

  private InputLimit() {}

  /** Strict reading within the limit. */
  public static ReadOptions strict() {
    return ReadOptions.STRICT.withMaxInputBytes(bytes);
  }

  /** Reads a registry file strictly within the limit, in the format its name or content gives. */
  public static Registry read(Path file) {
    return Registries.read(file, Optional.empty(), strict()).registry();
  }

  /**
   * The bytes of a file, refused unread when it is larger than the limit.
   *
   * @throws org.portreg.error.RegistryFormatException naming the file and the limit
   */
  public static byte[] readFile(Path file) throws IOException {
    return SourceText.readFile(file, bytes);
  }

  /**
   * The bytes of a stream, refused as soon as they pass the limit.
   *
   * @throws org.portreg.error.RegistryFormatException naming the source and the limit
   */
  public static byte[] readAll(InputStream in, String source) throws IOException {
    return SourceText.readAll(in, source, bytes);
  }

  /** Sets the limit, in bytes, from {@code --max-input}. */
  public static void set(long limit) {
    bytes = limit;
  }

  /**
   * Parses a size: a whole number of bytes, or one with a suffix {@code K}, {@code M} or {@code G}
   * (also {@code KiB}, {@code MiB}, {@code GiB}; powers of 1,024), from 1 byte to just under 2 GiB.
   *
   * @throws InvalidInputException naming the value and what is accepted
   */
  public static long parse(String size) {
    String text = size.strip().toUpperCase(Locale.ROOT);
    String digits = text.replaceFirst("(I?B)$", "");
    int shift = 0;
    if (!digits.isEmpty()) {
      switch (digits.charAt(digits.length() - 1)) {
        case 'K' -> shift = 10;
        case 'M' -> shift = 20;
        case 'G' -> shift = 30;
        default -> shift = 0;
      }
    }
    if (shift > 0) {
      digits = digits.substring(0, digits.length() - 1);
    }
    long max = Integer.MAX_VALUE - 8;
    try {
      long value = Long.parseLong(digits);
      if (value >= 1 && value <= (max >> shift)) {
        return value << shift;
      }
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw new InvalidInputException(
        "expected a size such as 64MiB, 200M or 1048576 (from 1 byte to "
            + max
            + " bytes), was '"
            + size
            + "'");
  }
}
