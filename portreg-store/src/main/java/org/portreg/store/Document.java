package org.portreg.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.portreg.format.ReadOptions;
import org.portreg.format.Sha256;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.PartialDate;
import org.portreg.model.Registry;
import org.portreg.model.SourceSpelling;

/**
 * A registry as XML text cut into the parts the store keeps. The text is {@code prefix}, then the
 * parts' bodies in order, then {@code suffix}. Immutable.
 */
record Document(
    LocalDate updated,
    String prefix,
    String suffix,
    List<DocumentPart> parts,
    int records,
    String sha256) {

  /**
   * The document of {@code registry}. It is written as XML (unchanged parts keep their original
   * text) and read back, so the parts are exactly those a reader finds in the exported file.
   *
   * @throws IllegalArgumentException when the registry's date is not a full day
   */
  static Document of(Registry registry, String source) {
    PartialDate date = registry.header().updated();
    if (date.precision() != PartialDate.Precision.DAY) {
      throw new IllegalArgumentException(
          source + ": registry date must be a full day to be stored, was " + date);
    }
    String text = XmlFormat.writeText(registry);
    SourceSpelling spelling =
        registry
            .spelling()
            .filter(s -> spells(s, text))
            .orElseGet(() -> reread(text, source).spelling().orElseThrow());
    List<DocumentPart> parts = new ArrayList<>(spelling.size());
    int records = 0;
    for (int i = 0; i < spelling.size(); i++) {
      DocumentPart part = DocumentPart.of(spelling.values().get(i), spelling.texts().get(i));
      records += part.kind().equals("record") ? 1 : 0;
      parts.add(part);
    }
    return new Document(
        date.earliest(), spelling.prefix(), spelling.suffix(), parts, records, sha256(text));
  }

  /**
   * Whether {@code spelling} is an XML spelling whose parts make up exactly {@code text}; true for
   * a registry read from an XML file and not changed since, which then needs no second parse.
   */
  private static boolean spells(SourceSpelling spelling, String text) {
    if (!spelling.format().equals(XmlFormat.NAME)) {
      return false;
    }
    StringBuilder joined = new StringBuilder(text.length()).append(spelling.prefix());
    spelling.texts().forEach(joined::append);
    return joined.append(spelling.suffix()).toString().equals(text);
  }

  private static Registry reread(String text, String source) {
    return XmlFormat.readText(text, source, ReadOptions.STRICT).registry();
  }

  /** The SHA-256 of {@code text} as UTF-8, in lower-case hex. */
  static String sha256(String text) {
    return Sha256.hex(text);
  }
}
