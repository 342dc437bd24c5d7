package org.portreg.format.services;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.portreg.model.Registry;

/**
 * The registry as a services(5) file: {@code name port/transport [aliases] # description}, one line
 * per service, port and transport, in registry order, LF line ends, UTF-8. What is written follows
 * {@link ServicesOptions}. Write-only: services(5) drops too much to read a registry back.
 * Thread-safe, stateless.
 */
public final class ServicesFormat {
  /** The format's name. */
  public static final String NAME = "services";

  private ServicesFormat() {}

  /** The services(5) text of the registry under {@code options}. */
  public static String writeText(Registry registry, ServicesOptions options) {
    return new ServicesWriter(options).write(registry);
  }

  /**
   * Writes the services(5) file to {@code out}; does not close it.
   *
   * @throws UncheckedIOException when {@code out} fails
   */
  public static void write(Registry registry, ServicesOptions options, OutputStream out) {
    try {
      out.write(writeText(registry, options).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("writing services: " + e.getMessage(), e);
    }
  }
}
