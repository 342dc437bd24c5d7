package org.portreg.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * Reads a policy file (YAML, or JSON by its {@code .json} name):
 *
 * <pre>{@code
 * presets: [linux, kubernetes-nodeport, browsers]
 * reserved:
 *   - ports: 9000-9099
 *     transports: [tcp]          # optional; default every transport
 *     reason: metrics exporters of the platform team
 *     severity: warning          # optional; default conflict
 * }</pre>
 *
 * Strict: an unknown key, preset, transport or severity, a bad port or range and a missing reason
 * are errors with file, line and column. At most {@link #MAX_RULES} ranges. Thread-safe.
 */
public final class PolicyReader {
  /** The most reserved ranges a file may declare. */
  public static final int MAX_RULES = 10_000;

  private static final Set<String> TOP = Set.of("presets", "reserved");
  private static final Set<String> RANGE = Set.of("ports", "transports", "reason", "severity");

  private PolicyReader() {}

  /**
   * The policy of {@code file}: its presets' rules in the order named, then its own ranges.
   *
   * @throws org.portreg.error.RegistryFormatException naming the place of the first problem
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static Policy read(Path file, LiveRange live) {
    String name = String.valueOf(file.getFileName());
    return policy(Documents.read(file), file.toString(), name, live);
  }

  /** The policy of a document's text, named {@code source} in messages. */
  public static Policy parse(String text, String source, LiveRange live) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return policy(Documents.parse(bytes, source, source.endsWith(".json")), source, source, live);
  }

  private static Policy policy(Node root, String place, String source, LiveRange live) {
    Fields top = Fields.of(source, root, "the policy", TOP);
    List<Preset> presets = new ArrayList<>();
    for (Node.Scalar s : top.list("presets")) {
      presets.add(
          Preset.parse(s.text())
              .orElseThrow(
                  () ->
                      top.fail(
                          s, "unknown preset '" + s.text() + "' (known: " + Preset.names() + ")")));
    }
    List<PolicyRule> own = new ArrayList<>();
    for (Node item : ranges(top)) {
      own.add(rule(Fields.of(source, item, "a reserved range", RANGE), place));
    }
    return Policy.of(presets, live).plus(new Policy(own));
  }

  private static List<Node> ranges(Fields top) {
    if (top.node("reserved").isEmpty()) {
      return List.of();
    }
    Node node = top.node("reserved").get();
    if (!(node instanceof Node.Sequence seq)) {
      throw top.fail(node, "'reserved' must be a list of ranges, was " + node.kind());
    }
    if (seq.items().size() > MAX_RULES) {
      throw top.fail(node, "'reserved' holds more than " + MAX_RULES + " ranges");
    }
    return seq.items();
  }

  private static PolicyRule rule(Fields f, String place) {
    Node.Scalar ports = f.scalar("ports").orElseThrow(() -> f.fail(f.mapping(), "missing 'ports'"));
    String reason = f.required("reason");
    Severity severity = Severity.CONFLICT;
    if (f.scalar("severity").isPresent()) {
      Node.Scalar s = f.scalar("severity").get();
      severity =
          Severity.parse(s.text().strip())
              .orElseThrow(
                  () -> f.fail(s, "severity must be conflict or warning, was '" + s.text() + "'"));
    }
    String at = place + ":" + f.mapping().line() + ":" + f.mapping().column();
    return new PolicyRule(Values.portRange(f, ports), transports(f), reason, severity, "", at);
  }

  private static Set<Transport> transports(Fields f) {
    Set<Transport> set = EnumSet.noneOf(Transport.class);
    for (Node.Scalar s : f.list("transports")) {
      set.add(Values.transport(f, s));
    }
    return set;
  }

  /** The range a scalar names, for readers of this package. */
  static PortRange range(Fields f, Node.Scalar s) {
    return Values.portRange(f, s);
  }
}
