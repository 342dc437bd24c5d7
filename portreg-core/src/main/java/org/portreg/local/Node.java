package org.portreg.local;

import java.util.List;
import java.util.Map;

/**
 * A value of a YAML or JSON document with the line and column where it starts, so that readers can
 * name the place of every problem. Immutable.
 */
sealed interface Node {
  /** The 1-based line where the value starts. */
  int line();

  /** The 1-based column where the value starts. */
  int column();

  /** A scalar, as written ({@code ""} for null). */
  record Scalar(String text, int line, int column) implements Node {}

  /** A sequence of values. */
  record Sequence(List<Node> items, int line, int column) implements Node {
    /** Copies the items. */
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A mapping of keys to values, in document order; keys are unique. */
  record Mapping(Map<String, Node> entries, int line, int column) implements Node {}

  /** What kind of value this is, for messages. */
  default String kind() {
    if (this instanceof Scalar) {
      return "a scalar";
    }
    return this instanceof Sequence ? "a list" : "a mapping";
  }
}
