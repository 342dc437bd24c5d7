package org.portreg.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for an assignment as the store holds it.
 *
 * @param id the request's number, shown to people as {@code #id}
 * @param request what was asked for, as submitted
 * @param state where the request stands
 * @param applicant the username of who submitted it
 * @param submittedAt when it was submitted
 * @param updatedAt when its state last changed
 * @param outcome for an assigned request, what the registry got (the change summary, such as {@code
 *     assigned 'foo' 4711/tcp,udp on 2026-11-22}); empty before
 */
public record StoredRequest(
    long id,
    AssignmentRequest request,
    RequestState state,
    String applicant,
    Instant submittedAt,
    Instant updatedAt,
    Optional<String> outcome) {
  /** Checks no component is null. */
  public StoredRequest {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(outcome, "outcome");
  }
}
