package org.portreg.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The original spelling of a registry read from a file: the exact text of each part (header
 * element, record, footnote, person) keyed by the value it was parsed to, and the text before and
 * after them. A writer of the same format uses it to write every unchanged part byte for byte and
 * only new or edited parts in its canonical form, so that a one-record edit gives a one-record diff
 * of the published file.
 *
 * <p>Not part of a registry's value: two registries with equal content are equal whatever their
 * spelling. Immutable and thread-safe.
 */
public final class SourceSpelling {
  private final String format;
  private final String prefix;
  private final String suffix;
  private final Map<Object, List<String>> texts;

  /**
   * @param format the format the spelling belongs to, such as {@code xml}
   * @param prefix the text before the first part
   * @param suffix the text after the last part
   * @param texts for each part's value, its texts in document order (equal parts may be spelled
   *     differently)
   */
  public SourceSpelling(
      String format, String prefix, String suffix, Map<Object, List<String>> texts) {
    this.format = Objects.requireNonNull(format);
    this.prefix = Objects.requireNonNull(prefix);
    this.suffix = Objects.requireNonNull(suffix);
    Map<Object, List<String>> copy = new HashMap<>();
    texts.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.texts = Map.copyOf(copy);
  }

  /** The format the spelling belongs to. */
  public String format() {
    return format;
  }

  /** The text before the first part. */
  public String prefix() {
    return prefix;
  }

  /** The text after the last part. */
  public String suffix() {
    return suffix;
  }

  /** How many distinct part values have a recorded spelling. */
  public int size() {
    return texts.size();
  }

  /**
   * A fresh cursor over the spellings; each value's texts are handed out once each, in document
   * order. Not thread-safe: one cursor per write.
   */
  public Cursor cursor() {
    return new Cursor(texts);
  }

  /** Hands out recorded spellings during one write. */
  public static final class Cursor {
    private final Map<Object, List<String>> texts;
    private final Map<Object, Deque<String>> left = new HashMap<>();

    private Cursor(Map<Object, List<String>> texts) {
      this.texts = texts;
    }

    /**
     * The next unused spelling of {@code value}, or {@code null} when the value was not in the
     * source or all its spellings are used.
     */
    public String take(Object value) {
      Deque<String> queue = left.get(value);
      if (queue == null) {
        List<String> all = texts.get(value);
        if (all == null) {
          return null;
        }
        queue = new ArrayDeque<>(all);
        left.put(value, queue);
      }
      return queue.pollFirst();
    }
  }

  /** Collects spellings while a reader parses. Not thread-safe. */
  public static final class Collector {
    private final Map<Object, List<String>> texts = new HashMap<>();

    /** Records that {@code value} was spelled {@code text}. */
    public void add(Object value, String text) {
      texts.computeIfAbsent(value, k -> new ArrayList<>(1)).add(text);
    }

    /** The finished spelling. */
    public SourceSpelling build(String format, String prefix, String suffix) {
      return new SourceSpelling(format, prefix, suffix, texts);
    }
  }

  @Override
  public String toString() {
    return "SourceSpelling[" + format + ", " + texts.size() + " parts]";
  }
}
