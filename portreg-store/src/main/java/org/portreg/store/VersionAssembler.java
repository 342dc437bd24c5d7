package org.portreg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.format.ReadOptions;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Footnote;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.SourceSpelling;

/**
 * Puts a version together from its parsed pieces in registry order. Only the header, a few hundred
 * bytes, is parsed again per version. Stateless, thread-safe.
 */
final class VersionAssembler {
  private VersionAssembler() {}

  /**
   * The stored version numbered {@code id}: its {@code prefix}, the pieces in order, and its {@code
   * suffix}.
   */
  static Registry version(int id, String prefix, String suffix, List<Piece> pieces) {
    return registry(prefix, suffix, pieces, "store:version-" + id);
  }

  /** The version numbered {@code id} of {@code parts}, made of {@code pieces} in order. */
  static Registry version(PartTable parts, int id, List<Piece> pieces) {
    return version(id, parts.prefix(id), parts.suffix(id), pieces);
  }

  /** The registry made of {@code prefix}, the pieces in order, and {@code suffix}. */
  private static Registry registry(
      String prefix, String suffix, List<Piece> pieces, String source) {
    Registry header = parseHeader(prefix, pieces, source);
    List<Object> headerValues = header.spelling().orElseThrow().values();
    List<Object> values = new ArrayList<>(pieces.size());
    List<String> texts = new ArrayList<>(pieces.size());
    List<ServiceRecord> records = new ArrayList<>();
    List<Footnote> footnotes = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    int element = 0;
    for (Piece piece : pieces) {
      Object value = piece.isElement() ? headerValues.get(element++) : piece.value();
      values.add(value);
      texts.add(piece.text());
      if (value instanceof ServiceRecord r) {
        records.add(r);
      } else if (value instanceof Person p) {
        people.add(p);
      } else if (value instanceof Footnote f) {
        footnotes.add(f);
      }
    }
    SourceSpelling spelling = new SourceSpelling(XmlFormat.NAME, prefix, suffix, values, texts);
    return new Registry(header.header(), records, footnotes, people, Optional.of(spelling));
  }

  /** Parses the version's prefix and header elements (and people tags) alone. */
  private static Registry parseHeader(String prefix, List<Piece> pieces, String source) {
    StringBuilder xml = new StringBuilder(prefix);
    pieces.stream().filter(Piece::isElement).forEach(p -> xml.append(p.text()));
    xml.append("</registry>");
    return XmlFormat.readText(xml.toString(), source, ReadOptions.STRICT).registry();
  }

  /** The exact text of a registry built by {@link #registry}. */
  static String text(Registry registry) {
    return registry.spelling().orElseThrow().text();
  }
}
