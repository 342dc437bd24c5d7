package org.portreg.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for an assignment as the store holds it: in IANA's registry, or in the organisation's
 * own ({@link RequestTarget}).
 *
 * @param id the request's number, shown to people as {@code #id}
 * @param request what was asked for, as submitted; for a local request its summary (name,
 *     transports, description, the first port), built from the local entry
 * @param state where the request stands
 * @param applicant the username of who submitted it
 * @param submittedAt when it was submitted
 * @param updatedAt when its state last changed
 * @param outcome for an assigned request, what the registry got (the change summary, such as {@code
 *     assigned 'foo' 4711/tcp,udp on 2026-11-22}); empty before
 * @param localEntry for a local request, the local entry asked for as one JSON object in the shape
 *     of the local registry's files ({@code org.portreg.local.LocalRequests#entry} reads it); empty
 *     for a request to IANA
 */
public record StoredRequest(
    long id,
    AssignmentRequest request,
    RequestState state,
    String applicant,
    Instant submittedAt,
    Instant updatedAt,
    Optional<String> outcome,
    Optional<String> localEntry) {
  /** Checks no component is null. */
  public StoredRequest {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(localEntry, "localEntry");
  }

  /** A request to IANA's registry. */
  public StoredRequest(
      long id,
      AssignmentRequest request,
      RequestState state,
      String applicant,
      Instant submittedAt,
      Instant updatedAt,
      Optional<String> outcome) {
    this(id, request, state, applicant, submittedAt, updatedAt, outcome, Optional.empty());
  }

  /** Which registry the request is for. */
  public RequestTarget target() {
    return localEntry.isPresent() ? RequestTarget.LOCAL : RequestTarget.IANA;
  }

  /** Whether the request is for the organisation's own registry. */
  public boolean isLocal() {
    return localEntry.isPresent();
  }
}
