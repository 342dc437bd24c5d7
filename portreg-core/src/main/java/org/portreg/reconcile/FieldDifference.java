package org.portreg.reconcile;

import java.util.Objects;

/**
 * One field on which the excerpt and the registry disagree. Immutable.
 *
 * @param column the column or field name, such as {@code Description} or {@code Contact URI}
 * @param excerptValue the value the excerpt shows, {@code ""} when it shows none
 * @param registryValue the value the registry holds (as its page would show it), {@code ""} for
 *     none
 */
public record FieldDifference(String column, String excerptValue, String registryValue) {
  /** Checks nothing is null. */
  public FieldDifference {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(excerptValue, "excerptValue");
    Objects.requireNonNull(registryValue, "registryValue");
  }
}
