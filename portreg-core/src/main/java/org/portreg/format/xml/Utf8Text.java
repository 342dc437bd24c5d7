package org.portreg.format.xml;

import java.nio.charset.StandardCharsets;

/**
 * XML source held as its UTF-8 bytes, searched for the ASCII delimiters of markup. Every byte of a
 * multi-byte UTF-8 sequence is 0x80 or above, so a search for {@code <}, {@code >}, a quote or
 * {@code -->} never matches inside a character: byte offsets found here are character boundaries,
 * and a range between two of them decodes on its own. The document is never decoded as a whole, so
 * the reader holds the input once (issue 14: memory proportional to the input).
 */
final class Utf8Text {
  private final byte[] bytes;
  private final int start;

  /** The bytes from {@code start} (after a byte-order mark) to the end. */
  Utf8Text(byte[] bytes, int start) {
    this.bytes = bytes;
    this.start = start;
  }

  byte[] bytes() {
    return bytes;
  }

  /** The first offset of the text (0, or 3 after a byte-order mark). */
  int start() {
    return start;
  }

  int length() {
    return bytes.length;
  }

  /** The byte at {@code at} as a char: ASCII as itself, any byte of a sequence as 0x80 or more. */
  char charAt(int at) {
    return (char) (bytes[at] & 0xff);
  }

  /** The offset of the first {@code c} (ASCII) at or after {@code from}, or -1. */
  int indexOf(char c, int from) {
    for (int i = Math.max(from, 0); i < bytes.length; i++) {
      if (bytes[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** The offset of the first {@code ascii} at or after {@code from}, or -1. */
  int indexOf(String ascii, int from) {
    char first = ascii.charAt(0);
    for (int i = indexOf(first, from); i >= 0; i = indexOf(first, i + 1)) {
      if (startsWith(ascii, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code ascii} is at {@code at}. */
  boolean startsWith(String ascii, int at) {
    if (at < 0 || at + ascii.length() > bytes.length) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[at + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The text between two offsets found by this class. */
  String substring(int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /** The text from {@code from} to the end. */
  String substring(int from) {
    return substring(from, bytes.length);
  }
}
