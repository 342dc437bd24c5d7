package org.portreg.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.RegistryFormatException;

/**
 * The keys of one mapping of a document, read strictly: a key outside the known ones is an error,
 * and every error names the file, line and column of the value at fault. Not thread-safe.
 */
final class Fields {
  private final String source;
  private final Node.Mapping mapping;

  private Fields(String source, Node.Mapping mapping) {
    this.source = source;
    this.mapping = mapping;
  }

  /**
   * The fields of {@code node}, which must be a mapping holding only {@code known} keys.
   *
   * @param what names the mapping in messages ("a reserved range")
   */
  static Fields of(String source, Node node, String what, Set<String> known) {
    if (!(node instanceof Node.Mapping m)) {
      throw fail(source, node, what + " must be a mapping, was " + node.kind());
    }
    for (String key : m.entries().keySet()) {
      if (!known.contains(key)) {
        throw fail(
            source,
            m.entries().get(key),
            "unknown key '"
                + key
                + "' in "
                + what
                + " (known: "
                + String.join(", ", sorted(known))
                + ")");
      }
    }
    return new Fields(source, m);
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  /** The node of {@code key}, if present. */
  Optional<Node> node(String key) {
    return Optional.ofNullable(mapping.entries().get(key));
  }

  /** The text of scalar {@code key}, stripped; empty when absent or blank. */
  Optional<String> text(String key) {
    return scalar(key).map(s -> s.text().strip()).filter(s -> !s.isEmpty());
  }

  /** The scalar of {@code key}, if present; a list or mapping there is an error. */
  Optional<Node.Scalar> scalar(String key) {
    Optional<Node> node = node(key);
    if (node.isPresent() && !(node.get() instanceof Node.Scalar)) {
      throw fail(node.get(), "'" + key + "' must be a single value, was " + node.get().kind());
    }
    return node.map(Node.Scalar.class::cast);
  }

  /** The text of scalar {@code key}; an error at the mapping when it is absent or blank. */
  String required(String key) {
    return text(key).orElseThrow(() -> fail(mapping, "missing '" + key + "'"));
  }

  /**
   * The scalars of {@code key}: a list of values, or one value whose words are separated by commas
   * or spaces ({@code tcp,udp}).
   */
  List<Node.Scalar> list(String key) {
    Optional<Node> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof Node.Scalar s) {
      return words(s);
    }
    if (!(node.get() instanceof Node.Sequence seq)) {
      throw fail(node.get(), "'" + key + "' must be a list, was " + node.get().kind());
    }
    List<Node.Scalar> items = new ArrayList<>();
    for (Node item : seq.items()) {
      if (!(item instanceof Node.Scalar s)) {
        throw fail(item, "each item of '" + key + "' must be a single value, was " + item.kind());
      }
      items.add(s);
    }
    return items;
  }

  private static List<Node.Scalar> words(Node.Scalar s) {
    List<Node.Scalar> words = new ArrayList<>();
    for (String word : s.text().replace(',', ' ').split(" ")) {
      if (!word.isBlank()) {
        words.add(new Node.Scalar(word.strip(), s.line(), s.column()));
      }
    }
    return words;
  }

  /** The mapping itself, to report a problem with the whole of it. */
  Node.Mapping mapping() {
    return mapping;
  }

  /** An error at {@code at}. */
  RegistryFormatException fail(Node at, String message) {
    return fail(source, at, message);
  }

  static RegistryFormatException fail(String source, Node at, String message) {
    return Documents.failure(source, at.line(), at.column(), message, null);
  }
}
