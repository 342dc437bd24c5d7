package org.portreg.format.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.portreg.format.ProblemCollector;
import org.portreg.model.PartialDate;

/**
 * Typed access to the members of {@link JsonTree} objects. A wrong or missing value is reported at
 * its place and then {@link Skip} is thrown, so the caller drops the element it was reading. Not
 * thread-safe: one per read.
 */
final class JsonFields {
  /** Thrown after a problem was reported; the element being read is dropped. */
  static final class Skip extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Skip() {
      super(null, null, false, false);
    }
  }

  private final ProblemCollector problems;

  JsonFields(ProblemCollector problems) {
    this.problems = problems;
  }

  Skip fail(JsonTree at, String message) {
    problems.report(at.line(), at.column(), message);
    return new Skip();
  }

  @SuppressWarnings("unchecked")
  Map<String, JsonTree> object(JsonTree tree, String what) {
    if (tree.value() instanceof Map) {
      return (Map<String, JsonTree>) tree.value();
    }
    throw fail(tree, what + " must be an object, was " + tree.kind());
  }

  @SuppressWarnings("unchecked")
  List<JsonTree> array(JsonTree tree, String what) {
    if (tree.value() instanceof List) {
      return (List<JsonTree>) tree.value();
    }
    throw fail(tree, what + " must be an array, was " + tree.kind());
  }

  String string(JsonTree tree, String what) {
    if (tree.value() instanceof String s) {
      return s;
    }
    throw fail(tree, what + " must be a string, was " + tree.kind());
  }

  JsonTree required(JsonTree object, String name) {
    JsonTree member = object(object, "the parent of '" + name + "'").get(name);
    if (member == null) {
      throw fail(object, "missing member '" + name + "'");
    }
    return member;
  }

  String requiredString(JsonTree object, String name) {
    return string(required(object, name), "'" + name + "'");
  }

  Optional<String> optionalString(JsonTree object, String name) {
    JsonTree member = object(object, "the parent of '" + name + "'").get(name);
    return member == null ? Optional.empty() : Optional.of(string(member, "'" + name + "'"));
  }

  /** The member parsed by {@code parser}; an {@link IllegalArgumentException} is reported. */
  <T> Optional<T> optional(JsonTree object, String name, Function<String, T> parser) {
    JsonTree member = object(object, "the parent of '" + name + "'").get(name);
    if (member == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(string(member, "'" + name + "'")));
    } catch (IllegalArgumentException e) {
      throw fail(member, "bad '" + name + "': " + e.getMessage());
    }
  }

  Optional<PartialDate> date(JsonTree object, String name) {
    return optional(object, name, PartialDate::parse);
  }

  /** The items of an optional array member, each read by {@code item}; absent means empty. */
  <T> List<T> list(JsonTree object, String name, Function<JsonTree, T> item) {
    JsonTree member = object(object, "the parent of '" + name + "'").get(name);
    return member == null ? List.of() : array(member, "'" + name + "'").stream().map(item).toList();
  }

  /** Refuses a member of {@code object} not in {@code known}, naming it and what it is in. */
  void refuseUnknown(JsonTree object, String what, List<String> known) {
    for (Map.Entry<String, JsonTree> member : object(object, what).entrySet()) {
      if (!known.contains(member.getKey())) {
        throw fail(
            member.getValue(),
            "unknown member '"
                + member.getKey()
                + "' in "
                + what
                + " (known: "
                + String.join(", ", known)
                + ")");
      }
    }
  }
}
