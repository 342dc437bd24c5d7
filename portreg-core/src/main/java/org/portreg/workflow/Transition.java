package org.portreg.workflow;

import java.util.Objects;

/** The outcome of asking for a state transition: moved to a new state, or refused with a reason. */
public sealed interface Transition {

  /** The request moved. */
  record Moved(RequestState from, RequestState to) implements Transition {
    /** Checks no component is null. */
    public Moved {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /** The transition was refused. */
  record Refused(String reason) implements Transition {
    /** Checks the reason is present. */
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Whether the request moved. */
  default boolean isAllowed() {
    return this instanceof Moved;
  }
}
