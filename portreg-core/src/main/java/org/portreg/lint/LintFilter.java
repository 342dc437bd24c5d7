package org.portreg.lint;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which findings a run reports and fails on: those of the chosen rules (all when none are chosen)
 * at or above a severity.
 *
 * @param rules the rules to keep; empty keeps every rule
 * @param minimum the least severity kept
 */
public record LintFilter(Set<LintRule> rules, Severity minimum) {
  /** Copies the rules and checks no component is null. */
  public LintFilter {
    rules = Set.copyOf(rules);
    Objects.requireNonNull(minimum, "minimum");
  }

  /** Whether {@code finding} is kept. */
  public boolean keeps(Finding finding) {
    return (rules.isEmpty() || rules.contains(finding.rule()))
        && finding.severity().isAtLeast(minimum);
  }

  /** The kept findings, in order. */
  public List<Finding> apply(List<Finding> findings) {
    return findings.stream().filter(this::keeps).toList();
  }

  /** Whether any finding is kept: the run then exits 1. */
  public boolean fails(List<Finding> findings) {
    return findings.stream().anyMatch(this::keeps);
  }
}
