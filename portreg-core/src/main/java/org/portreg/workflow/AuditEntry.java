package org.portreg.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit log: who did what to what, when, why, and the state before and
 * after (JSON text: a request's state, or the registry records that were replaced).
 *
 * @param id the entry's number; entries are never changed or removed
 * @param at when it happened
 * @param actor the username of who acted
 * @param action what was done, such as {@code SUBMIT}, {@code APPROVE}, {@code ASSIGN}, {@code
 *     DEASSIGN}, {@code USER_ADD}, {@code TOKEN_ISSUE}
 * @param target what it was done to, such as {@code request/12}, {@code service/foo}, {@code
 *     user/jane}
 * @param reason the reason given
 * @param before the state before, as JSON; {@code null} JSON when there was none
 * @param after the state after, as JSON
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String action,
    String target,
    String reason,
    String before,
    String after) {
  /** Checks no component is null. */
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
