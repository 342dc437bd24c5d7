package org.portreg.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * A proposed revocation of an assignment (RFC 6335 §8.4) and its public call for comments, which
 * ends at the start of {@code endsOn} ({@link CommentPeriod}). While it is open and before that
 * day, signed-in users comment on it; from that day an administrator may revoke the assignment. At
 * most one proposal of a service is open at a time. Immutable.
 *
 * @param id the proposal's number, shown as {@code #id}
 * @param serviceName the service proposed for revocation, as the registry spells it
 * @param records the service's records when it was proposed, such as {@code udpstp 24601/udp}
 * @param reason why the revocation is proposed
 * @param proposedBy the username of the administrator who proposed it
 * @param proposedAt when it was proposed
 * @param endsOn the day the comment period ends: comments before it, the revocation from it on
 * @param state whether it is open, withdrawn or done
 * @param closure who withdrew it or revoked the assignment, when and why; empty while open
 * @param comments how many comments it has
 */
public record RevocationProposal(
    long id,
    String serviceName,
    String records,
    String reason,
    String proposedBy,
    Instant proposedAt,
    LocalDate endsOn,
    RevocationState state,
    Optional<Closure> closure,
    int comments) {

  /**
   * How a proposal was closed.
   *
   * @param by the username of the administrator
   * @param at when
   * @param reason why
   */
  public record Closure(String by, Instant at, String reason) {
    /** Checks no component is null. */
    public Closure {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * What a new proposal holds, before the store numbers it.
   *
   * @param serviceName the service as the registry spells it
   * @param records its assigned records, such as {@code udpstp 24601/udp}
   * @param endsOn the end of its comment period
   */
  public record Draft(String serviceName, String records, LocalDate endsOn) {}

  /**
   * A proposal to revoke {@code serviceName} in {@code registry}, made {@code today}.
   *
   * @throws org.portreg.error.NotFoundException when no assigned record has that name
   * @throws org.portreg.error.ConflictException when the name is historic
   * @throws org.portreg.error.InvalidInputException for a comment period that ends today or before,
   *     or too far ahead
   */
  public static Draft draft(
      Registry registry, String serviceName, CommentPeriod period, LocalDate today) {
    List<ServiceRecord> records = Lifecycle.assigned(registry, serviceName.strip());
    String spelled = records.get(0).serviceName().orElseThrow();
    return new Draft(spelled, RecordText.describe(records), period.endsOn(today));
  }

  /** Checks no component is null and that only a closed proposal has a closure. */
  public RevocationProposal {
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(proposedBy, "proposedBy");
    Objects.requireNonNull(proposedAt, "proposedAt");
    Objects.requireNonNull(endsOn, "endsOn");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(closure, "closure");
    if ((state == RevocationState.OPEN) != closure.isEmpty()) {
      throw new IllegalArgumentException(
          "a proposal has a closure exactly when it is closed; state " + state + ", " + closure);
    }
  }

  /** Whether it takes comments on {@code today}: open, and before its end date. */
  public boolean takesComments(LocalDate today) {
    return state == RevocationState.OPEN && today.isBefore(endsOn);
  }

  /** Whether the assignment may be revoked on {@code today}: open, and on or after its end date. */
  public boolean mayRevoke(LocalDate today) {
    return state == RevocationState.OPEN && !today.isBefore(endsOn);
  }

  /** The days from {@code today} to the end date; 0 once it is reached. */
  public long daysLeft(LocalDate today) {
    return Math.max(0, ChronoUnit.DAYS.between(today, endsOn));
  }

  /**
   * Checks that it takes a comment on {@code today}.
   *
   * @throws StateChangeRefusedException when it is closed, its comment period has ended, or it has
   *     {@link RevocationComment#MAX_PER_PROPOSAL} comments
   */
  public void requireComments(LocalDate today) {
    if (state != RevocationState.OPEN) {
      throw new StateChangeRefusedException(
          describe() + " is " + state.word() + ": it takes no more comments");
    }
    if (!takesComments(today)) {
      throw new StateChangeRefusedException(
          "the comment period of "
              + describe()
              + " ended on "
              + endsOn
              + " (today is "
              + today
              + "): it takes no more comments");
    }
    if (comments >= RevocationComment.MAX_PER_PROPOSAL) {
      throw new StateChangeRefusedException(
          describe() + " has " + comments + " comments, the most one proposal takes");
    }
  }

  /**
   * Checks that the assignment may be revoked on {@code today}.
   *
   * @throws StateChangeRefusedException when it is closed or its comment period has not ended
   */
  public void requireRevocable(LocalDate today) {
    if (state != RevocationState.OPEN) {
      throw new StateChangeRefusedException(describe() + " is already " + state.word());
    }
    if (!mayRevoke(today)) {
      throw new StateChangeRefusedException(
          "service '"
              + serviceName
              + "' cannot be revoked before the public comment period of proposal #"
              + id
              + " ends on "
              + endsOn
              + " (today is "
              + today
              + ", "
              + daysLeft(today)
              + " days left)");
    }
  }

  /** {@code revocation proposal #ID of 'NAME'}, for messages. */
  public String describe() {
    return "revocation proposal #" + id + " of '" + serviceName + "'";
  }
}
