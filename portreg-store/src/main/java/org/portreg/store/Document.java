package org.portreg.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
   * The document of {@code registry}: its XML text (unchanged parts keep their original text) cut
   * into the parts a reader finds in the exported file ({@link XmlFormat#writeSpelled}).
   *
   * @throws IllegalArgumentException when the registry's date is not a full day
   */
  static Document of(Registry registry, String source) {
    PartialDate date = registry.header().updated();
    if (date.precision() != PartialDate.Precision.DAY) {
      throw new IllegalArgumentException(
          source + ": registry date must be a full day to be stored, was " + date);
    }
    SourceSpelling spelling = XmlFormat.writeSpelled(registry, source);
    List<DocumentPart> parts = new ArrayList<>(spelling.size());
    List<String> texts = new ArrayList<>(spelling.size() + 2);
    texts.add(spelling.prefix());
    int records = 0;
    for (int i = 0; i < spelling.size(); i++) {
      String body = spelling.texts().get(i);
      DocumentPart part = DocumentPart.of(spelling.values().get(i), body);
      records += part.kind().equals("record") ? 1 : 0;
      parts.add(part);
      texts.add(body);
    }
    texts.add(spelling.suffix());
    return new Document(
        date.earliest(), spelling.prefix(), spelling.suffix(), parts, records, Sha256.hex(texts));
  }
}
