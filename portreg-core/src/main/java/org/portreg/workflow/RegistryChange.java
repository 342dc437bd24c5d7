package org.portreg.workflow;

import java.util.List;
import java.util.Objects;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * The result of a lifecycle operation: the new registry and, for the audit log, what changed.
 *
 * @param registry the registry after the change
 * @param action what was done
 * @param before the records removed or replaced, in registry order
 * @param after the records added or replacing them, in registry order
 * @param summary one line for the audit log, naming the service, ports and date
 */
public record RegistryChange(
    Registry registry,
    ChangeAction action,
    List<ServiceRecord> before,
    List<ServiceRecord> after,
    String summary) {
  /** Copies the lists and checks no component is null. */
  public RegistryChange {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(action, "action");
    before = List.copyOf(before);
    after = List.copyOf(after);
    Objects.requireNonNull(summary, "summary");
  }
}
