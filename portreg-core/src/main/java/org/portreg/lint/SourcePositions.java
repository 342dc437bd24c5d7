package org.portreg.lint;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.portreg.model.Registry;
import org.portreg.model.SourceSpelling;

/**
 * The line and column where each record and person of a registry starts in the file it was read
 * from, computed from the spelling the reader kept (the parts' texts lie end to end, so their
 * offsets add up). One pass over the text: linear in the file's size. Without a spelling (CSV and
 * the other formats keep none) every position is unknown.
 */
final class SourcePositions {
  private final String file;
  private final Map<Object, int[]> starts = new IdentityHashMap<>();

  private SourcePositions(String file) {
    this.file = file;
  }

  /** The positions of {@code registry}'s parts in {@code file}. */
  static SourcePositions of(Registry registry, String file) {
    SourcePositions positions = new SourcePositions(file);
    registry.spelling().ifPresent(positions::scan);
    return positions;
  }

  private void scan(SourceSpelling spelling) {
    String prefix = spelling.prefix();
    int[] lineAndColumn = advance(prefix, 0, prefix.length(), new int[] {1, 1});
    List<Object> values = spelling.values();
    List<String> texts = spelling.texts();
    for (int i = 0; i < values.size(); i++) {
      String text = texts.get(i);
      int lead = leadingSpace(text);
      int[] start = advance(text, 0, lead, lineAndColumn);
      starts.put(values.get(i), start);
      lineAndColumn = advance(text, lead, text.length(), start);
    }
  }

  private static int leadingSpace(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The line and column after the characters {@code begin..end} of {@code text}. */
  private static int[] advance(String text, int begin, int end, int[] from) {
    int line = from[0];
    int column = from[1];
    for (int i = begin; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** Where {@code part} (a record or person of the registry, compared by identity) starts. */
  Position of(Object part) {
    int[] at = starts.get(part);
    return at == null ? Position.unknown(file) : new Position(file, at[0], at[1]);
  }
}
