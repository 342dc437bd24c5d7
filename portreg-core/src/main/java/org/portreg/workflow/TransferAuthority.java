package org.portreg.workflow;

import java.util.Objects;
import org.portreg.error.InvalidInputException;

/** Who authorizes a transfer (RFC 6335 §8.5). */
public sealed interface TransferAuthority {

  /** The current assignee agrees; {@code assigneeId} must be the records' assignee. */
  record ByAssignee(String assigneeId) implements TransferAuthority {
    /** Checks the id is present. */
    public ByAssignee {
      Objects.requireNonNull(assigneeId, "assigneeId");
    }
  }

  /**
   * An administrator transfers without the assignee, who cannot be reached; the written reason goes
   * to the audit log.
   */
  record AdministratorOverride(String reason) implements TransferAuthority {
    /** Checks a reason is written. */
    public AdministratorOverride {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new InvalidInputException("an administrator override needs a written reason");
      }
    }
  }
}
