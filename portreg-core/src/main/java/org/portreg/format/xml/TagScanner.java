package org.portreg.format.xml;

/**
 * Finds where elements start and end in XML text that a StAX reader has already found well-formed,
 * so that each part's exact text can be kept. (The JDK's {@code Location.getCharacterOffset()} is
 * not reliable enough for that.) Skips comments, processing instructions and CDATA sections;
 * respects quoted attribute values. Not thread-safe.
 */
final class TagScanner {
  private final String text;
  private int pos;
  private boolean lastSelfClosing;

  TagScanner(String text) {
    this.text = text;
  }

  /** The position after the next start tag. */
  int afterNextStartTag() {
    int open = nextTagStart();
    while (text.startsWith("</", open)) {
      pos = text.indexOf('>', open) + 1;
      open = nextTagStart();
    }
    pos = startTagEnd(open);
    return pos;
  }

  /** Whether the last start tag passed was self-closing ({@code <x/>}). */
  boolean lastWasSelfClosing() {
    return lastSelfClosing;
  }

  /** The position after the end of the next element (its start tag, content and end tag). */
  int afterNextElement() {
    int depth = 0;
    do {
      int open = nextTagStart();
      if (text.startsWith("</", open)) {
        pos = text.indexOf('>', open) + 1;
        depth--;
      } else {
        pos = startTagEnd(open);
        if (!lastSelfClosing) {
          depth++;
        }
      }
    } while (depth > 0);
    return pos;
  }

  /** The position after the next end tag. */
  int afterNextEndTag() {
    int open = nextTagStart();
    pos = text.indexOf('>', open) + 1;
    return pos;
  }

  /** The start of the next start or end tag, skipping comments, PIs, CDATA and text. */
  private int nextTagStart() {
    while (true) {
      int open = text.indexOf('<', pos);
      if (open < 0) {
        throw new IllegalStateException("no further tag after offset " + pos);
      }
      if (text.startsWith("<!--", open)) {
        pos = text.indexOf("-->", open) + 3;
      } else if (text.startsWith("<![CDATA[", open)) {
        pos = text.indexOf("]]>", open) + 3;
      } else if (text.startsWith("<?", open)) {
        pos = text.indexOf("?>", open + 2) + 2;
      } else if (text.startsWith("<!", open)) {
        pos = text.indexOf('>', open) + 1;
      } else {
        return open;
      }
    }
  }

  private int startTagEnd(int open) {
    char quote = 0;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        lastSelfClosing = text.charAt(i - 1) == '/';
        return i + 1;
      }
    }
    throw new IllegalStateException("unterminated start tag at offset " + open);
  }
}
