package org.portreg.format.xml;

/**
 * Finds where elements start and end in XML text (byte offsets in its UTF-8) that a StAX reader has
 * already found well-formed, so that each part's exact text can be kept. (The JDK's {@code
 * Location.getCharacterOffset()} is not reliable enough for that.) Skips comments, processing
 * instructions and CDATA sections; respects quoted attribute values. Not thread-safe.
 */
final class TagScanner {
  private final Utf8Text text;
  private int pos;
  private boolean lastSelfClosing;

  TagScanner(Utf8Text text) {
    this.text = text;
    this.pos = text.start();
  }

  /** The position after the next start tag. */
  int afterNextStartTag() {
    int open = nextTagStart();
    while (isEndTag(open)) {
      pos = after(">", open);
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
      if (isEndTag(open)) {
        pos = after(">", open);
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
    pos = after(">", open);
    return pos;
  }

  /** The start of the next start or end tag, skipping comments, PIs, CDATA and text. */
  private int nextTagStart() {
    while (true) {
      int open = text.indexOf('<', pos);
      if (open < 0) {
        throw new IllegalStateException("no further tag after offset " + pos);
      }
      // One look at the byte after '<' decides for nearly every tag; the longer comparisons run
      // only for the rare '<!' and '<?' (this loop sees every tag of the document).
      char next = open + 1 < text.length() ? text.charAt(open + 1) : 0;
      if (next == '!' && text.startsWith("<!--", open)) {
        pos = after("-->", open + 4);
      } else if (next == '!' && text.startsWith("<![CDATA[", open)) {
        pos = after("]]>", open + 9);
      } else if (next == '?') {
        pos = after("?>", open + 2);
      } else if (next == '!') {
        pos = after(">", open);
      } else {
        return open;
      }
    }
  }

  /** Whether the tag at {@code open} is an end tag. */
  private boolean isEndTag(int open) {
    return open + 1 < text.length() && text.charAt(open + 1) == '/';
  }

  /**
   * The position after the next {@code end} from {@code from}. Never goes back: a missing end (the
   * scanner out of step with the parser, found by fuzzing) is an error, not a loop that restarts
   * near the beginning for ever.
   */
  private int after(String end, int from) {
    int at = text.indexOf(end, from);
    if (at < 0) {
      throw new IllegalStateException("no '" + end + "' after offset " + from);
    }
    return at + end.length();
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
