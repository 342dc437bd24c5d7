package org.portreg.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.Transport;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.Modification;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.TransferAuthority;
import org.portreg.workflow.Violation;
import org.portreg.workflow.Warning;

/**
 * The registration procedures of RFC 6335 on the store (DESIGN §6): requests, decisions, and the
 * lifecycle operations that write a new registry version. Each call is one transaction: the
 * request's state, its event, the audit entry and (for an assignment or a lifecycle operation) the
 * new registry version are written together or not at all.
 *
 * <p>First come, first served is enforced by the database: an open request holds its service name
 * (case-insensitively) and its specific port on each requested transport under unique constraints,
 * so of two racing submissions for one name or port exactly one wins, in one process or across
 * servers on one PostgreSQL; the other gets a {@link org.portreg.error.ConflictException} naming
 * the request that holds it. A request lets go of its claims when it is rejected, withdrawn or
 * assigned (then the registry holds the name and port, and registry writes are serialized by the
 * import lock). Thread-safe.
 */
public final class Registrar {
  /** The username recorded for what portreg does by itself, such as the automatic check. */
  public static final String SYSTEM_ACTOR = "portreg";

  Registrar() {}

  /** What the validator says of {@code request} against the current registry (live validation). */
  public List<Violation> validate(AssignmentRequest request) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The warnings an expert sees for {@code request} against the current registry. */
  public List<Warning> warnings(AssignmentRequest request) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Submits a request for {@code applicant}. It is validated against the current registry and, when
   * valid, checked automatically (SUBMITTED → CHECKED, actor {@link #SYSTEM_ACTOR}).
   *
   * @throws org.portreg.workflow.InvalidRequestException with every violation, nothing stored
   * @throws org.portreg.error.ConflictException when an open request holds the name or a port
   * @throws org.portreg.error.PermissionDeniedException when the user is not an active applicant
   * @throws org.portreg.error.StoreException when there is no registry version to check against
   */
  public StoredRequest submit(AssignmentRequest request, User applicant) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The request numbered {@code id}. */
  public Optional<StoredRequest> request(long id) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The requests submitted by {@code username}, newest first. */
  public List<StoredRequest> requestsOf(String username) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The requests in the given states (every state when empty), oldest first, so a queue is worked
   * in the order it arrived.
   */
  public List<StoredRequest> requests(Set<RequestState> states) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The expert queue of {@code expert}: CHECKED and EXPERT_REVIEW requests whose transports all lie
   * within the expert's, oldest first.
   */
  public List<StoredRequest> queueFor(User expert) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The history of a request, oldest first. */
  public List<RequestEvent> events(long requestId) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Acts on a request. An expert's APPROVE, REJECT or ASK_INFORMATION on a CHECKED request starts
   * the review first (recorded as its own event). ASSIGN applies {@link
   * org.portreg.workflow.Lifecycle#assign} to the current registry and stores the new registry
   * version in the same transaction. PROVIDE_INFORMATION and WITHDRAW are for the applicant only.
   *
   * @param reason why; required (not blank)
   * @throws org.portreg.error.NotFoundException for an unknown request
   * @throws org.portreg.error.PermissionDeniedException when the user may not take the action
   * @throws org.portreg.error.ConflictException when the request's state does not allow it, or the
   *     registry changed so that the assignment no longer fits
   * @throws IllegalArgumentException for a blank reason
   */
  public StoredRequest act(long requestId, RequestAction action, User actor, String reason) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * De-assigns a service (§8.2) on one transport or all, writing a new registry version. Admin
   * only.
   */
  public RegistryChange deassign(
      String serviceName, Optional<Transport> transport, User admin, String reason) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Revokes a service (§8.4) after the comment period, writing a new registry version. Admin only.
   */
  public RegistryChange revoke(
      String serviceName, LocalDate commentPeriodEnd, User admin, String reason) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Transfers a service (§8.5), writing a new registry version. Admin only. */
  public RegistryChange transfer(
      String serviceName,
      Contact newAssignee,
      Contact newContact,
      TransferAuthority authority,
      User admin,
      String reason) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Changes contact, description or references of a service (§8.6), writing a new registry version.
   * Admin only.
   */
  public RegistryChange modify(
      String serviceName, Modification modification, User admin, String reason) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The newest audit entries, newest first, at most {@code limit}. */
  public List<AuditEntry> audit(int limit) {
    throw new UnsupportedOperationException("not yet");
  }
}
