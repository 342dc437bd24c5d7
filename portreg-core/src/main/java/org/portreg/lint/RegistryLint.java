package org.portreg.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * Lints a registry: every registry rule of {@link LintRule} applied to a parsed {@link Registry}.
 * Pure: reads nothing but its arguments. Thread-safe, stateless.
 */
public final class RegistryLint {
  private RegistryLint() {}

  /**
   * The findings of every registry rule, ordered by position and then by rule.
   *
   * @param registry the registry, with the spelling its reader kept when positions are wanted
   * @param file the file name the findings carry
   */
  public static List<Finding> check(Registry registry, String file) {
    Context context = new Context(registry, SourcePositions.of(registry, file));
    NameChecks.check(context);
    RecordChecks.check(context);
    PeopleChecks.check(context);
    List<Finding> findings = new ArrayList<>(context.findings);
    findings.sort(
        Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule));
    return findings;
  }

  /** What the checks share: the registry, positions and the findings so far. Not thread-safe. */
  static final class Context {
    final Registry registry;
    private final SourcePositions positions;
    private final List<Finding> findings = new ArrayList<>();

    Context(Registry registry, SourcePositions positions) {
      this.registry = registry;
      this.positions = positions;
    }

    /** Adds a finding of {@code rule} at where {@code part} starts. */
    void add(LintRule rule, Object part, String message) {
      findings.add(new Finding(rule, positions.of(part), message));
    }

    /** The line {@code part} starts on, or 0. */
    int lineOf(Object part) {
      return positions.of(part).line();
    }
  }

  /** A record as messages name it: {@code 'http' 80/tcp}, or what it has of that. */
  static String describe(ServiceRecord record) {
    StringBuilder text = new StringBuilder();
    record.serviceName().ifPresent(n -> text.append('\'').append(n).append('\''));
    record.number().ifPresent(n -> text.append(text.length() > 0 ? " " : "").append(n));
    record.protocol().ifPresent(t -> text.append('/').append(t.token()));
    return text.length() == 0 ? "record without name or port" : text.toString();
  }
}
