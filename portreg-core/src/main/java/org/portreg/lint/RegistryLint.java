package org.portreg.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * Lints a registry: every registry rule of {@link LintRule} applied to a parsed {@link Registry}.
 * Pure: reads nothing but its arguments. Thread-safe, stateless. A call uses one short-lived helper
 * thread besides the caller's: the rules about names run on it while the caller finds the parts'
 * positions and applies the rules about records and people (a cold command-line JVM spends most of
 * a lint interpreting code that runs once, so two cores halve it).
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
    FutureTask<SourcePositions> positions =
        new FutureTask<>(() -> SourcePositions.of(registry, file));
    Context names = new Context(registry, positions);
    Context people = new Context(registry, positions);
    FutureTask<Void> side =
        new FutureTask<>(
            () -> {
              NameChecks.check(names);
              return null;
            });
    Thread helper = new Thread(side, "portreg-lint");
    helper.setDaemon(true);
    helper.start();
    positions.run();
    Context records = new Context(registry, positions);
    RecordChecks.check(records);
    PeopleChecks.check(people);
    join(side);
    List<Finding> findings = new ArrayList<>();
    SourcePositions at = join(positions);
    for (Context context : List.of(names, records, people)) {
      context.addTo(findings, at);
    }
    findings.sort(
        Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule));
    return findings;
  }

  private static <T> T join(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while linting", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * What one group of checks shares: the registry, the positions (found concurrently) and the
   * findings so far, kept with their part until the positions are known. Confined to one thread.
   */
  static final class Context {
    final Registry registry;
    private final FutureTask<SourcePositions> positions;
    private final List<Pending> found = new ArrayList<>();

    Context(Registry registry, FutureTask<SourcePositions> positions) {
      this.registry = registry;
      this.positions = positions;
    }

    /** Adds a finding of {@code rule} at where {@code part} starts. */
    void add(LintRule rule, Object part, String message) {
      found.add(new Pending(rule, part, message));
    }

    /** The line {@code part} starts on, or 0; waits for the positions. */
    int lineOf(Object part) {
      return join(positions).of(part).line();
    }

    void addTo(List<Finding> findings, SourcePositions at) {
      for (Pending p : found) {
        findings.add(new Finding(p.rule, at.of(p.part), p.message));
      }
    }
  }

  /** A finding whose position is not known yet. */
  private record Pending(LintRule rule, Object part, String message) {}

  /** A record as messages name it: {@code 'http' 80/tcp}, or what it has of that. */
  static String describe(ServiceRecord record) {
    StringBuilder text = new StringBuilder();
    record.serviceName().ifPresent(n -> text.append('\'').append(n).append('\''));
    record.number().ifPresent(n -> text.append(text.length() > 0 ? " " : "").append(n));
    record.protocol().ifPresent(t -> text.append('/').append(t.token()));
    return text.length() == 0 ? "record without name or port" : text.toString();
  }
}
