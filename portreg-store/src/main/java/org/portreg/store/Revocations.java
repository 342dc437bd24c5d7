package org.portreg.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.portreg.error.ConflictException;
import org.portreg.error.NotFoundException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.model.Registry;
import org.portreg.workflow.AuditEntry;
import org.portreg.workflow.CommentPeriod;
import org.portreg.workflow.Lifecycle;
import org.portreg.workflow.Permissions;
import org.portreg.workflow.RevocationComment;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.RevocationState;
import org.portreg.workflow.User;

/**
 * Proposed revocations and their public call for comments (RFC 6335 §8.4, docs/workflow.md): an
 * administrator proposes the revocation of a service, its assignees hear of it (through the outbox,
 * in the same transaction), signed-in users comment until the comment period ends, and an
 * administrator then revokes the assignment ({@link Registrar#revoke}) or withdraws the proposal.
 * At most one proposal of a service is open: the database's unique index decides between racing
 * proposals, also across servers on one PostgreSQL. "Today" is the store clock's date (UTC).
 * Thread-safe.
 */
public final class Revocations {
  /** The most proposals {@link #list()} answers. */
  public static final int MAX_LISTED = 1000;

  private final Transactions db;
  private final AuditLog audit;
  private final Outbox outbox;
  private final Clock clock;
  private final RegistryWriter registry;
  private final RevocationRows rows;

  Revocations(
      Transactions db, AuditLog audit, Outbox outbox, Clock clock, RegistryWriter registry) {
    this.db = db;
    this.audit = audit;
    this.outbox = outbox;
    this.clock = clock;
    this.registry = registry;
    this.rows = new RevocationRows(db.sql());
  }

  /** The date comment periods are measured by: the store clock's, in UTC. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Proposes the revocation of {@code serviceName}, with a public comment period of {@code period},
   * and tells its assignees. Admin only.
   *
   * @throws org.portreg.error.PermissionDeniedException when the user is not an active admin
   * @throws NotFoundException when no assigned record has that name
   * @throws ConflictException when the name is historic, or the service has an open proposal
   * @throws org.portreg.error.InvalidInputException for a bad comment period
   * @throws IllegalArgumentException for a blank reason
   */
  public RevocationProposal propose(
      String serviceName, CommentPeriod period, User admin, String reason) {
    Permissions.require(admin, Permissions.Operation.REVOKE);
    String why = Registrar.requireReason(reason);
    return db.write(
        "propose the revocation of '" + serviceName + "'",
        c -> {
          Registry current = registry.current(c);
          RevocationProposal.Draft draft =
              RevocationProposal.draft(current, serviceName, period, today());
          OptionalLong id = rows.insert(c, draft, why, admin.username(), clock.instant());
          if (id.isEmpty()) {
            throw alreadyOpen(c, draft.serviceName());
          }
          RevocationProposal proposed = rows.byId(c, id.getAsLong()).orElseThrow();
          audit.append(c, entry(proposed, admin, "REVOCATION_PROPOSE", why, "null"));
          outbox.revocation(c, proposed, current);
          return proposed;
        });
  }

  private ConflictException alreadyOpen(Connection c, String serviceName) throws SQLException {
    String which =
        rows.openOf(c, serviceName)
            .map(p -> " #" + p.id() + " (its comment period ends on " + p.endsOn() + ")")
            .orElse("");
    return new ConflictException(
        "service '"
            + serviceName
            + "' already has an open revocation proposal"
            + which
            + "; withdraw it before proposing another");
  }

  /**
   * Withdraws open proposal {@code id} and tells the service's assignees. Admin only.
   *
   * @throws NotFoundException for an unknown proposal
   * @throws StateChangeRefusedException when it is withdrawn or revoked already
   */
  public RevocationProposal withdraw(long id, User admin, String reason) {
    Permissions.require(admin, Permissions.Operation.REVOKE);
    String why = Registrar.requireReason(reason);
    return db.write(
        "withdraw revocation proposal #" + id,
        c -> {
          RevocationProposal before = find(c, id);
          close(
              c,
              before,
              new RevocationProposal.Closure(admin.username(), clock.instant(), why),
              RevocationState.WITHDRAWN);
          RevocationProposal after = find(c, id);
          audit.append(c, entry(after, admin, "REVOCATION_WITHDRAW", why, json(before)));
          outbox.revocation(c, after, registry.current(c));
          return after;
        });
  }

  /**
   * Adds {@code author}'s comment to proposal {@code id}: any active user, while it is open and its
   * comment period runs.
   *
   * @throws NotFoundException for an unknown proposal
   * @throws StateChangeRefusedException when the proposal is closed or its comment period ended
   * @throws org.portreg.error.InvalidInputException for an empty, too long or malformed text
   * @throws org.portreg.error.PermissionDeniedException for an inactive user
   */
  public RevocationComment comment(long id, User author, String text) {
    Permissions.requireCommenter(author);
    String kept = RevocationComment.checkText(text);
    return db.write(
        "comment on revocation proposal #" + id,
        c -> {
          find(c, id).requireComments(today());
          return rows.comment(c, id, author.username(), clock.instant(), kept);
        });
  }

  /** Proposal {@code id}, if there is one. */
  public Optional<RevocationProposal> get(long id) {
    return db.read("read revocation proposal #" + id, c -> rows.byId(c, id));
  }

  /** The comments on proposal {@code id}, oldest first. */
  public List<RevocationComment> comments(long id) {
    return db.read("read the comments on revocation proposal #" + id, c -> rows.comments(c, id));
  }

  /** The open proposal of {@code serviceName} (any case), if any. */
  public Optional<RevocationProposal> openOf(String serviceName) {
    return db.read(
        "read the revocation proposal of '" + serviceName + "'", c -> rows.openOf(c, serviceName));
  }

  /**
   * The newest {@link #MAX_LISTED} proposals: the open ones first, soonest ending first; then the
   * closed ones, newest first.
   */
  public List<RevocationProposal> list() {
    List<RevocationProposal> newest =
        db.read("read revocation proposals", c -> rows.newest(c, MAX_LISTED));
    return newest.stream()
        .sorted(
            Comparator.comparing((RevocationProposal p) -> p.state() != RevocationState.OPEN)
                .thenComparing(p -> p.state() == RevocationState.OPEN ? p.endsOn() : LocalDate.MIN)
                .thenComparing(p -> -p.id()))
        .toList();
  }

  /**
   * Closes the open proposal of {@code serviceName} as revoked, in the caller's transaction, once
   * its comment period has ended: the first step of {@link Registrar#revoke}.
   *
   * @throws NotFoundException when the service has no assigned record
   * @throws ConflictException when the name is historic
   * @throws StateChangeRefusedException without an open proposal, or before its end date
   */
  RevocationProposal closeForRevocation(
      Connection c, Registry current, String serviceName, User admin, String why)
      throws SQLException {
    Optional<RevocationProposal> open = rows.openOf(c, serviceName);
    if (open.isEmpty()) {
      // An unknown or historic name says so rather than "propose first".
      Lifecycle.assigned(current, serviceName);
      throw new StateChangeRefusedException(
          "service '"
              + serviceName.strip()
              + "' has no open revocation proposal: propose its revocation first, and revoke it"
              + " once the public comment period has ended (RFC 6335 section 8.4)");
    }
    open.get().requireRevocable(today());
    close(
        c,
        open.get(),
        new RevocationProposal.Closure(admin.username(), clock.instant(), why),
        RevocationState.REVOKED);
    return open.get();
  }

  private void close(
      Connection c,
      RevocationProposal proposal,
      RevocationProposal.Closure closure,
      RevocationState state)
      throws SQLException {
    if (proposal.state() != RevocationState.OPEN || !rows.close(c, proposal.id(), closure, state)) {
      throw new StateChangeRefusedException(
          proposal.describe() + " is already " + find(c, proposal.id()).state().word());
    }
  }

  private RevocationProposal find(Connection c, long id) throws SQLException {
    return rows.byId(c, id)
        .orElseThrow(() -> new NotFoundException("no revocation proposal #" + id));
  }

  private AuditEntry entry(
      RevocationProposal p, User admin, String action, String why, String before) {
    return new AuditEntry(
        0,
        clock.instant(),
        admin.username(),
        action,
        "service/" + p.serviceName(),
        why,
        before,
        json(p));
  }

  private static String json(RevocationProposal p) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("revocation", p.id());
    fields.put("service", p.serviceName());
    fields.put("records", p.records());
    fields.put("endsOn", p.endsOn().toString());
    fields.put("state", p.state().word());
    return AuditLog.json(fields);
  }
}
