package org.portreg.local;

import java.util.List;
import java.util.Objects;

/**
 * The answer of {@code check} for one item: every reason found, conflicts first. An item without
 * findings is free.
 *
 * @param item the item as asked ({@code 8080/tcp}, {@code billing-api})
 * @param findings the reasons, conflicts before warnings
 */
public record Verdict(String item, List<Finding> findings) {
  /** Copies the findings, conflicts first. */
  public Verdict {
    Objects.requireNonNull(item, "item");
    findings = findings.stream().sorted((a, b) -> a.severity().compareTo(b.severity())).toList();
  }

  /** Whether nothing was found. */
  public boolean isFree() {
    return findings.isEmpty();
  }

  /** Whether a finding is a conflict, or with {@code strict} any finding at all. */
  public boolean fails(boolean strict) {
    return strict
        ? !findings.isEmpty()
        : findings.stream().anyMatch(f -> f.severity() == Severity.CONFLICT);
  }

  /** {@code free}, {@code conflict} or {@code warning}: the worst severity found. */
  public String status() {
    return findings.isEmpty() ? "free" : findings.get(0).severity().word();
  }
}
