package org.portreg.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.PermissionDeniedException;
import org.portreg.format.json.RequestJson;
import org.portreg.local.LocalAssignment;
import org.portreg.model.Registry;
import org.portreg.model.Transport;
import org.portreg.notify.RequestStep;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.AuditEntry;
import org.portreg.workflow.Contact;
import org.portreg.workflow.ExpertWarnings;
import org.portreg.workflow.InvalidRequestException;
import org.portreg.workflow.Lifecycle;
import org.portreg.workflow.Modification;
import org.portreg.workflow.Permissions;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RequestTarget;
import org.portreg.workflow.RequestValidator;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.TransferAuthority;
import org.portreg.workflow.User;
import org.portreg.workflow.Violation;
import org.portreg.workflow.Warning;

/**
 * The registration procedures of RFC 6335 on the store (DESIGN §6): requests, decisions, and the
 * lifecycle operations that write a new registry version. Each call is one transaction: the
 * request's state, its event, the audit entry and (for an assignment or a lifecycle operation) the
 * new registry version are written together or not at all.
 *
 * <p>First come, first served is enforced by the database: an open request holds its service name
 * (case-insensitively) and its specific port on each requested transport under a unique key, so of
 * two racing submissions for one name or port exactly one wins, in one process or across servers on
 * one PostgreSQL; the other gets a {@link org.portreg.error.ConflictException} naming the request
 * that holds it. A request lets go of its claims when it is rejected, withdrawn or assigned (then
 * the registry holds the name and port; registry writes are serialized by the import lock, and a
 * submission is checked again against the registry as its transaction sees it). Thread-safe.
 */
public final class Registrar {
  /** The username recorded for what portreg does by itself, such as the automatic check. */
  public static final String SYSTEM_ACTOR = "portreg";

  private static final Set<RequestState> QUEUE =
      EnumSet.of(RequestState.CHECKED, RequestState.EXPERT_REVIEW);

  private final Transactions db;
  private final AuditLog audit;
  private final Clock clock;
  private final RegistryWriter registry;
  private final Claims claims;
  private final RequestLog log;
  private final Decisions decisions;
  private final LocalRequestDesk localDesk;
  private final Outbox outbox;
  private final Revocations revocations;

  Registrar(
      Transactions db,
      AuditLog audit,
      Clock clock,
      RegistryWriter registry,
      Outbox outbox,
      Revocations revocations) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
    this.registry = registry;
    this.claims = new Claims(db.sql());
    this.log = new RequestLog(db.sql(), audit);
    this.localDesk =
        new LocalRequestDesk(db.sql(), log, new LocalRegistry(db, audit, clock), outbox, clock);
    this.decisions = new Decisions(db.sql(), log, claims, registry, clock, outbox, localDesk);
    this.outbox = outbox;
    this.revocations = revocations;
  }

  /**
   * What the validator says of {@code request} against the current registry (live validation).
   *
   * @throws org.portreg.error.StoreException when the store holds no registry version
   */
  public List<Violation> validate(AssignmentRequest request) {
    return db.read(
        "read the registry",
        c ->
            RequestValidator.validate(
                request, new StoredFacts(c, db.sql(), registry.newest(c).id())));
  }

  /** The warnings an expert sees for {@code request} against the current registry. */
  public List<Warning> warnings(AssignmentRequest request) {
    return ExpertWarnings.warningsFor(request, current());
  }

  private Registry current() {
    return db.read("read the registry", registry::current);
  }

  /**
   * Submits a request for {@code applicant}. It is validated against the current registry and, when
   * valid, checked automatically (SUBMITTED → CHECKED, actor {@link #SYSTEM_ACTOR}).
   *
   * @throws InvalidRequestException with every violation; nothing is stored
   * @throws org.portreg.error.ConflictException when an open request holds the name or a port
   * @throws PermissionDeniedException when the user is not an active applicant
   * @throws org.portreg.error.StoreException when there is no registry version to check against
   */
  public StoredRequest submit(AssignmentRequest request, User applicant) {
    Permissions.require(applicant, Permissions.Operation.SUBMIT);
    StoredVersion seen =
        db.read(
            "read the registry",
            c -> {
              StoredVersion newest = registry.newest(c);
              requireValid(request, new StoredFacts(c, db.sql(), newest.id()));
              return newest;
            });
    String body = new String(RequestJson.write(request), StandardCharsets.UTF_8);
    return db.write(
        "submit a request for '" + request.serviceName() + "'",
        c -> insert(c, request, body, applicant, seen));
  }

  private StoredRequest insert(
      Connection c, AssignmentRequest request, String body, User applicant, StoredVersion seen)
      throws SQLException {
    Instant now = clock.instant();
    long id =
        log.insert(c, RequestTarget.IANA, request, body, applicant, RequestState.CHECKED, now);
    claims.claim(c, id, request);
    // The registry as this transaction sees it: an assignment may have committed since.
    StoredVersion checked = registry.newest(c);
    if (checked.id() != seen.id()) {
      requireValid(request, new StoredFacts(c, db.sql(), checked.id()));
    }
    log.submitted(
        c,
        id,
        body,
        applicant,
        now,
        "template complete and no rule of RFC 6335 broken against the registry of "
            + checked.updated());
    StoredRequest stored = RequestRows.one(c, db.sql().get("select_request"), id).orElseThrow();
    outbox.step(
        c,
        new RequestStep(
            stored, RequestAction.CHECK, RequestState.CHECKED, "checked", Optional.empty()));
    return stored;
  }

  /**
   * Submits a local request for {@code entry} (docs/local.md): stored and checked at once
   * (SUBMITTED → CHECKED), in the queue of the local experts. What IANA's registry and the policy
   * say of the entry does not stop it: that is for the reviewer, who sees it ({@code
   * org.portreg.local.Checker#checkRequest}).
   *
   * @throws org.portreg.error.ConflictException when a current local assignment or an open local
   *     request has the name or one of the ports (first come, first served)
   * @throws PermissionDeniedException when the user is not an active applicant
   */
  public StoredRequest submitLocal(LocalAssignment entry, User applicant) {
    Permissions.require(applicant, Permissions.Operation.SUBMIT);
    Objects.requireNonNull(entry, "entry");
    return db.write(
        "submit a local request for '" + entry.name() + "'",
        c -> localDesk.submit(c, entry, applicant));
  }

  private static void requireValid(AssignmentRequest request, RequestValidator.Facts registry) {
    List<Violation> violations = RequestValidator.validate(request, registry);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(request.serviceName(), violations);
    }
  }

  /** The request numbered {@code id}. */
  public Optional<StoredRequest> request(long id) {
    return db.read(
        "read request #" + id, c -> RequestRows.one(c, db.sql().get("select_request"), id));
  }

  /** The requests submitted by {@code username}, newest first. */
  public List<StoredRequest> requestsOf(String username) {
    String key = username.strip().toLowerCase(Locale.ROOT);
    return db.read(
        "read the requests of " + key,
        c -> RequestRows.all(c, db.sql().get("select_requests_of"), key));
  }

  /**
   * The requests in the given states (every state when empty), oldest first, so a queue is worked
   * in the order it arrived.
   */
  public List<StoredRequest> requests(Set<RequestState> states) {
    List<StoredRequest> all =
        db.read("read requests", c -> RequestRows.all(c, db.sql().get("select_requests")));
    return states.isEmpty() ? all : all.stream().filter(r -> states.contains(r.state())).toList();
  }

  /**
   * The expert queue of {@code expert}: CHECKED and EXPERT_REVIEW requests whose transports all lie
   * within the expert's, and for a local expert the local requests, oldest first; empty for a user
   * who is neither an active expert nor an active local expert.
   */
  public List<StoredRequest> queueFor(User expert) {
    if (!Permissions.holds(expert, Role.EXPERT) && !Permissions.holds(expert, Role.LOCAL_EXPERT)) {
      return List.of();
    }
    return requests(QUEUE).stream().filter(r -> Permissions.reviewsAsExpert(expert, r)).toList();
  }

  /** The history of a request, oldest first. */
  public List<RequestEvent> events(long requestId) {
    return db.read(
        "read the history of request #" + requestId,
        c -> RequestRows.events(c, db.sql().get("select_events"), requestId));
  }

  /**
   * Acts on a request. An expert's APPROVE, REJECT or ASK_INFORMATION on a CHECKED request starts
   * the review first (recorded as its own event). ASSIGN applies {@link Lifecycle#assign} to the
   * current registry (for "any port", the lowest free port no other open request holds) and stores
   * the new registry version in the same transaction. PROVIDE_INFORMATION and WITHDRAW are for the
   * applicant only.
   *
   * @param reason why; required (not blank)
   * @throws org.portreg.error.NotFoundException for an unknown request
   * @throws PermissionDeniedException when the user may not take the action
   * @throws org.portreg.error.ConflictException when the request's state does not allow it, or the
   *     registry changed so that the assignment no longer fits
   * @throws IllegalArgumentException for a blank reason
   */
  public StoredRequest act(long requestId, RequestAction action, User actor, String reason) {
    Objects.requireNonNull(action, "action");
    String why = requireReason(reason);
    return db.write(
        action + " request #" + requestId, c -> decisions.act(c, requestId, action, actor, why));
  }

  /**
   * De-assigns a service (§8.2) on one transport or all, writing a new registry version. Admin
   * only.
   */
  public RegistryChange deassign(
      String serviceName, Optional<Transport> transport, User admin, String reason) {
    return change(
        Permissions.Operation.DEASSIGN,
        serviceName,
        admin,
        reason,
        (c, r) -> Lifecycle.deassign(r, serviceName, transport, clock));
  }

  /**
   * Revokes a service (§8.4) once the public comment period of its open revocation proposal ({@link
   * Revocations#propose}) has ended, writing a new registry version; the proposal is closed as
   * revoked in the same transaction. Admin only.
   *
   * @throws org.portreg.error.StateChangeRefusedException when the service has no open proposal, or
   *     its comment period has not ended (allowed on its end date)
   * @throws org.portreg.error.NotFoundException when no assigned record has that name
   * @throws org.portreg.error.ConflictException when the name is historic
   */
  public RegistryChange revoke(String serviceName, User admin, String reason) {
    return change(
        Permissions.Operation.REVOKE,
        serviceName,
        admin,
        reason,
        (c, r) -> {
          RevocationProposal closed =
              revocations.closeForRevocation(c, r, serviceName, admin, reason.strip());
          return Lifecycle.revoke(r, serviceName, closed.endsOn(), clock);
        });
  }

  /** Transfers a service (§8.5), writing a new registry version. Admin only. */
  public RegistryChange transfer(
      String serviceName,
      Contact newAssignee,
      Contact newContact,
      TransferAuthority authority,
      User admin,
      String reason) {
    return change(
        Permissions.Operation.TRANSFER,
        serviceName,
        admin,
        reason,
        (c, r) -> Lifecycle.transfer(r, serviceName, newAssignee, newContact, authority, clock));
  }

  /**
   * Changes contact, description or references of a service (§8.6), writing a new registry version.
   * Admin only.
   */
  public RegistryChange modify(
      String serviceName, Modification modification, User admin, String reason) {
    return change(
        Permissions.Operation.MODIFY,
        serviceName,
        admin,
        reason,
        (c, r) -> Lifecycle.modify(r, serviceName, modification, clock));
  }

  private RegistryChange change(
      Permissions.Operation operation,
      String serviceName,
      User admin,
      String reason,
      Operation change) {
    Permissions.require(admin, operation);
    String why = requireReason(reason);
    return db.write(
        "change '" + serviceName + "'",
        c -> {
          RegistryChange done =
              registry.change(
                  c,
                  r -> change.apply(c, r),
                  d -> d.action() + " by " + admin.username(),
                  admin,
                  serviceName,
                  why);
          outbox.change(c, done, serviceName, why);
          return done;
        });
  }

  /** The newest audit entries, newest first, at most {@code limit}. */
  public List<AuditEntry> audit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return db.read("read the audit log", c -> audit.recent(c, limit));
  }

  /** A lifecycle operation on the newest registry, in the caller's transaction. */
  @FunctionalInterface
  private interface Operation {
    RegistryChange apply(Connection c, Registry current) throws SQLException;
  }

  /** The reason of a decision, stripped; a blank one is a programming error of the caller. */
  static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason: a decision needs a written reason");
    }
    return reason.strip();
  }
}
