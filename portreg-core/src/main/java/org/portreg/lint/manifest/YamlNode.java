package org.portreg.lint.manifest;

import java.util.List;
import java.util.Optional;

/** A node of a YAML document with the line and column it starts at (1-based). Immutable. */
sealed interface YamlNode {
  /** The line the node starts on. */
  int line();

  /** The column the node starts at. */
  int column();

  /** A mapping; keys in document order. */
  record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    /** The value under {@code key}, if any (the first when a key repeats). */
    Optional<YamlNode> get(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst();
    }

    /** The mapping under {@code key}, if the value is one. */
    Optional<Mapping> mapping(String key) {
      return get(key).filter(Mapping.class::isInstance).map(Mapping.class::cast);
    }

    /** The items of the sequence under {@code key}, or none. */
    List<YamlNode> items(String key) {
      return get(key)
          .filter(Sequence.class::isInstance)
          .map(n -> ((Sequence) n).items())
          .orElse(List.of());
    }

    /** The scalar text under {@code key}, if the value is a scalar. */
    Optional<Scalar> scalar(String key) {
      return get(key).filter(Scalar.class::isInstance).map(Scalar.class::cast);
    }
  }

  /** One key and its value; the position is the key's. */
  record Entry(String key, YamlNode value, int line, int column) {}

  /** A sequence. */
  record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A scalar: its text and whether YAML typed it as an integer (unquoted {@code 8080}).
   *
   * @param text the text, {@code ""} for null
   * @param integer whether the scalar is an unquoted integer
   */
  record Scalar(String text, boolean integer, int line, int column) implements YamlNode {}
}
