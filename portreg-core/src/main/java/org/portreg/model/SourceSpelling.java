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
 * element, record, footnote, person) in document order, beside the value it was parsed to, and the
 * text before and after them. A writer of the same format uses it to write every unchanged part
 * byte for byte and only new or edited parts in its canonical form, so that a one-record edit gives
 * a one-record diff of the published file.
 *
 * <p>Not part of a registry's value: two registries with equal content are equal whatever their
 * spelling. Immutable and thread-safe.
 */
public final class SourceSpelling {
  private final String format;
  private final String prefix;
  private final String suffix;
  private final List<Object> values;
  private final List<String> texts;

  /**
   * @param format the format the spelling belongs to, such as {@code xml}
   * @param prefix the text before the first part
   * @param suffix the text after the last part
   * @param values the parts' values in document order (records, people, footnotes, and
   *     format-specific keys for header parts)
   * @param texts the parts' exact texts, aligned with {@code values}
   */
  public SourceSpelling(
      String format, String prefix, String suffix, List<Object> values, List<String> texts) {
    this.format = Objects.requireNonNull(format);
    this.prefix = Objects.requireNonNull(prefix);
    this.suffix = Objects.requireNonNull(suffix);
    this.values = List.copyOf(values);
    this.texts = List.copyOf(texts);
    if (this.values.size() != this.texts.size()) {
      throw new IllegalArgumentException(
          "values and texts must align, were " + values.size() + " and " + texts.size());
    }
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

  /** The parts' values in document order. */
  public List<Object> values() {
    return values;
  }

  /** The parts' exact texts, aligned with {@link #values()}. */
  public List<String> texts() {
    return texts;
  }

  /** How many parts have a recorded spelling. */
  public int size() {
    return values.size();
  }

  /** The whole text: the prefix, every part's text in order, then the suffix. */
  public String text() {
    int length = prefix.length() + suffix.length();
    for (String t : texts) {
      length += t.length();
    }
    StringBuilder text = new StringBuilder(length).append(prefix);
    for (String t : texts) {
      text.append(t);
    }
    return text.append(suffix).toString();
  }

  /**
   * A fresh cursor over the spellings; each part's text is handed out at most once. Not
   * thread-safe: one cursor per write.
   */
  public Cursor cursor() {
    return new Cursor();
  }

  /**
   * Hands out recorded spellings during one write. Parts asked for in document order are found in
   * constant time (identity, then equality, at the next unused position); others through an index
   * built on the first miss.
   */
  public final class Cursor {
    private final boolean[] used = new boolean[values.size()];
    private int next;
    private Map<Object, Deque<Integer>> index;

    private Cursor() {}

    /**
     * The text of the next unused part equal to {@code value}, or {@code null} when there is none.
     */
    public String take(Object value) {
      while (next < used.length && used[next]) {
        next++;
      }
      if (next < used.length && matches(values.get(next), value)) {
        used[next] = true;
        return texts.get(next++);
      }
      return takeFromIndex(value);
    }

    private static boolean matches(Object recorded, Object value) {
      return recorded == value || recorded.equals(value);
    }

    private String takeFromIndex(Object value) {
      if (index == null) {
        index = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
          index.computeIfAbsent(values.get(i), k -> new ArrayDeque<>(1)).add(i);
        }
      }
      Deque<Integer> candidates = index.get(value);
      while (candidates != null && !candidates.isEmpty()) {
        int i = candidates.pollFirst();
        if (!used[i]) {
          used[i] = true;
          return texts.get(i);
        }
      }
      return null;
    }
  }

  /** Collects spellings in document order while a reader parses. Not thread-safe. */
  public static final class Collector {
    private final List<Object> values = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    /** An empty collector. */
    public Collector() {}

    /** Records that the next part, {@code value}, was spelled {@code text}. */
    public void add(Object value, String text) {
      values.add(value);
      texts.add(text);
    }

    /** The finished spelling. */
    public SourceSpelling build(String format, String prefix, String suffix) {
      return new SourceSpelling(format, prefix, suffix, values, texts);
    }
  }

  @Override
  public String toString() {
    return "SourceSpelling[" + format + ", " + values.size() + " parts]";
  }
}
