package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.portreg.data.BundledRegistry;
import org.portreg.index.RegistryIndex;
import org.portreg.local.Checker;
import org.portreg.local.Finding;
import org.portreg.local.LocalRequests;
import org.portreg.local.Policy;
import org.portreg.local.Verdict;
import org.portreg.store.Store;
import org.portreg.workflow.StoredRequest;

/**
 * What {@code portreg check} says of a local request's entry, for its reviewer and its applicant:
 * against the store's newest IANA version (the bundled snapshot when it holds none), the policy in
 * force and the current local assignments. It never stops a request: the reviewer weighs it.
 * Stateless.
 */
final class LocalRequestCheck {
  private LocalRequestCheck() {}

  /** The verdict on the entry of the local request {@code stored}; empty for one to IANA. */
  static Optional<Verdict> of(Store store, Policy policy, StoredRequest stored) {
    if (!stored.isLocal()) {
      return Optional.empty();
    }
    RegistryIndex index =
        store
            .newest()
            .map(v -> RegistryIndex.of(store.registry(v)))
            .orElseGet(() -> RegistryIndex.of(BundledRegistry.read()));
    Checker checker = new Checker(index, policy, store.local().current(), List.of());
    return LocalRequests.check(checker, stored);
  }

  /** {@code check for the reviewer: STATUS}, then one indented line per finding. */
  static void print(PrintStream out, Verdict verdict) {
    out.println("check for the reviewer: " + verdict.status());
    for (Finding f : verdict.findings()) {
      out.println("  " + f.severity().word() + ": " + f.message());
    }
  }
}
