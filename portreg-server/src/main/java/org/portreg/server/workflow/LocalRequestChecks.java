package org.portreg.server.workflow;

import java.util.List;
import java.util.Optional;
import org.portreg.local.Checker;
import org.portreg.local.LocalRequests;
import org.portreg.local.Policy;
import org.portreg.local.Verdict;
import org.portreg.server.auth.Workflow;
import org.portreg.server.registry.VersionContexts;
import org.portreg.workflow.StoredRequest;

/**
 * What {@code portreg check} says of a local request's entry, shown to its reviewers and its
 * applicant on the request's page and in the API: against the current IANA version, the server's
 * policy and the current local assignments. It never stops a request; the local expert weighs it.
 * Thread-safe.
 */
public final class LocalRequestChecks {
  private final VersionContexts contexts;
  private final Workflow workflow;
  private final Policy policy;

  public LocalRequestChecks(VersionContexts contexts, Workflow workflow, Policy policy) {
    this.contexts = contexts;
    this.workflow = workflow;
    this.policy = policy;
  }

  /** The verdict on the entry {@code stored} asks for; empty for a request to IANA. */
  Optional<Verdict> of(StoredRequest stored) {
    if (!stored.isLocal()) {
      return Optional.empty();
    }
    Checker checker =
        new Checker(contexts.current().index(), policy, workflow.local().current(), List.of());
    return LocalRequests.check(checker, stored);
  }
}
