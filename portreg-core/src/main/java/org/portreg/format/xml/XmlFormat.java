package org.portreg.format.xml;

import java.nio.charset.StandardCharsets;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.SourceText;
import org.portreg.model.Registry;

/**
 * The registry's canonical XML format. Reading an official file and writing it back gives the same
 * bytes; a registry changed after reading is written with its unchanged parts verbatim.
 * Thread-safe, stateless.
 */
public final class XmlFormat {
  /** The format's name, as {@link org.portreg.model.SourceSpelling#format()} shows it. */
  public static final String NAME = "xml";

  private XmlFormat() {}

  /**
   * Reads XML (gzipped or not) strictly.
   *
   * @param source the name of the input, shown in problems
   * @throws org.portreg.error.RegistryFormatException at the first problem
   */
  public static Registry read(byte[] bytes, String source) {
    return read(bytes, source, ReadOptions.STRICT).registry();
  }

  /**
   * Reads XML (gzipped or not) with the given options.
   *
   * @throws org.portreg.error.RegistryFormatException for malformed XML, and for any problem in
   *     strict mode
   */
  public static ReadResult read(byte[] bytes, String source, ReadOptions options) {
    return readText(SourceText.textOf(bytes, source, options.maxInputBytes()), source, options);
  }

  /** Reads XML that is already text. */
  public static ReadResult readText(String text, String source, ReadOptions options) {
    return XmlReader.read(text, source, options);
  }

  /** Writes the registry as XML text. */
  public static String writeText(Registry registry) {
    return XmlWriter.write(registry);
  }

  /** Writes the registry as UTF-8 XML bytes. */
  public static byte[] write(Registry registry) {
    return writeText(registry).getBytes(StandardCharsets.UTF_8);
  }
}
