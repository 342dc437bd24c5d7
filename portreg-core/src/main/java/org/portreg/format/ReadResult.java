package org.portreg.format;

import java.util.List;
import java.util.Objects;
import org.portreg.error.Problem;
import org.portreg.model.Registry;

/**
 * What a read gives: the registry and, for a lenient read, the problems it skipped over.
 *
 * @param registry the registry read
 * @param problems the problems found; always empty after a strict read
 */
public record ReadResult(Registry registry, List<Problem> problems) {
  /** Copies the problems. */
  public ReadResult {
    Objects.requireNonNull(registry, "registry");
    problems = List.copyOf(problems);
  }
}
