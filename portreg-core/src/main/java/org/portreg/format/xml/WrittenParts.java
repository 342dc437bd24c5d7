package org.portreg.format.xml;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.portreg.error.RegistryFormatException;
import org.portreg.model.SourceSpelling;

/**
 * Checks a spelling {@link XmlWriter#spelled} made without reading the whole text back: the parts
 * written with their original text were each cut by a reader from a document of the same format, so
 * only the header's elements, the people tags and the parts written afresh are read, in one small
 * document of the same prefix and suffix. Stateless.
 */
final class WrittenParts {
  private WrittenParts() {}

  /**
   * Whether a reader of the written text would find the parts {@code written} holds: the small
   * document reads strictly, into exactly the parts put in it, each with the value written.
   *
   * @param fresh the indexes of the parts written in the canonical form
   */
  static boolean readAsWritten(SourceSpelling written, BitSet fresh, String source) {
    StringBuilder text = new StringBuilder(written.prefix());
    List<Integer> checked = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      if (fresh.get(i) || written.values().get(i) instanceof Part) {
        text.append(written.texts().get(i));
        checked.add(i);
      }
    }
    text.append(written.suffix());
    SourceSpelling read = read(text.toString(), source);
    if (read == null || read.size() != checked.size()) {
      return false;
    }
    for (int k = 0; k < checked.size(); k++) {
      int i = checked.get(k);
      if (!read.texts().get(k).equals(written.texts().get(i))
          || !read.values().get(k).equals(written.values().get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The spelling a strict reader finds in {@code text}, or null when it does not read. */
  private static SourceSpelling read(String text, String source) {
    try {
      return XmlFormat.spellingOf(text, source);
    } catch (RegistryFormatException e) {
      return null;
    }
  }
}
