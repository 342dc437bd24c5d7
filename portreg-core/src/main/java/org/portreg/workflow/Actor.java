package org.portreg.workflow;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.portreg.model.Transport;

/**
 * Someone acting on a request.
 *
 * @param role the role
 * @param expertFor the transports an expert reviews (as the registry's Expert(s) line divides them:
 *     TCP/UDP, SCTP, DCCP); empty for other roles
 */
public record Actor(Role role, Set<Transport> expertFor) {
  /** Copies the set; only experts have transports. */
  public Actor {
    Objects.requireNonNull(role, "role");
    EnumSet<Transport> copy = EnumSet.noneOf(Transport.class);
    copy.addAll(expertFor);
    expertFor = Collections.unmodifiableSet(copy);
    if (role != Role.EXPERT && !expertFor.isEmpty()) {
      throw new IllegalArgumentException("only an expert has transports, was " + role);
    }
  }

  /**
   * Whether this actor is an expert for every one of {@code transports}: the one rule of who
   * reviews a request (an empty set, a name-only request, is within every expert's).
   */
  public boolean reviewsAll(Set<Transport> transports) {
    return role == Role.EXPERT && expertFor.containsAll(transports);
  }

  /** An actor of a role other than expert. */
  public static Actor of(Role role) {
    return new Actor(role, Set.of());
  }

  /** An expert for the given transports. */
  public static Actor expert(Transport... transports) {
    return new Actor(Role.EXPERT, Set.of(transports));
  }
}
