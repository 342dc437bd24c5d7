package org.portreg.format.xml;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import org.portreg.format.ReadOptions;
import org.portreg.format.ReadResult;
import org.portreg.format.SourceText;
import org.portreg.model.Registry;
import org.portreg.model.SourceSpelling;

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
    byte[] plain = SourceText.gunzipIfNeeded(bytes, source, options.maxInputBytes());
    return XmlReader.read(plain, SourceText.checkUtf8(plain, source), source, options);
  }

  /** Reads XML that is already text. */
  public static ReadResult readText(String text, String source, ReadOptions options) {
    // A string's UTF-8 is valid by construction: no check, and past a byte-order mark's 3 bytes.
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return XmlReader.read(utf8, text.startsWith("\uFEFF") ? 3 : 0, source, options);
  }

  /**
   * Writes the registry as XML text cut into the parts a reader of that text finds: what {@link
   * #readText}'s spelling of the text would be, the prefix, texts and suffix joined being {@link
   * #writeText}'s text. Parts written with their original text are taken as written; the header,
   * the people tags and the parts written afresh are read back in a small document to check that
   * they read as written, and where they do not the whole text is read back instead. A change of a
   * few records so costs a few records' reading, not the registry's.
   *
   * @param source the name shown in problems if the text does not read back
   * @throws org.portreg.error.RegistryFormatException when the written text does not read back
   */
  public static SourceSpelling writeSpelled(Registry registry, String source) {
    BitSet fresh = new BitSet();
    SourceSpelling written = XmlWriter.spelled(registry, fresh);
    return WrittenParts.readAsWritten(written, fresh, source)
        ? written
        : spellingOf(written.text(), source);
  }

  /**
   * The parts a strict reader finds in {@code text}.
   *
   * @throws org.portreg.error.RegistryFormatException when the text does not read
   */
  static SourceSpelling spellingOf(String text, String source) {
    return readText(text, source, ReadOptions.STRICT).registry().spelling().orElseThrow();
  }

  /** Writes the registry as XML text. */
  public static String writeText(Registry registry) {
    return XmlWriter.write(registry);
  }

  /**
   * Streams the registry as UTF-8 XML to {@code out}, a part at a time (the same bytes as {@link
   * #write(Registry)}); flushes but does not close {@code out}.
   */
  public static void write(Registry registry, OutputStream out) throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    XmlWriter.write(registry, writer);
    writer.flush();
  }

  /** Writes the registry as UTF-8 XML bytes. */
  public static byte[] write(Registry registry) {
    return writeText(registry).getBytes(StandardCharsets.UTF_8);
  }
}
