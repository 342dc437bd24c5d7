package org.portreg.rules;

import java.util.EnumSet;
import java.util.Set;
import org.portreg.model.PortRange;

/** The three port ranges of RFC 6335 §6 and the procedures allowed in each (§8.1.2). */
public enum PortSpace {
  /** System Ports, 0-1023: IETF Review or IESG Approval. */
  SYSTEM(0, 1023, EnumSet.of(Procedure.IETF_REVIEW, Procedure.IESG_APPROVAL)),
  /** User Ports, 1024-49151: IETF Review, IESG Approval or Expert Review. */
  USER(
      1024,
      49151,
      EnumSet.of(Procedure.IETF_REVIEW, Procedure.IESG_APPROVAL, Procedure.EXPERT_REVIEW)),
  /** Dynamic and/or Private Ports, 49152-65535: never assigned. */
  DYNAMIC(49152, 65535, EnumSet.noneOf(Procedure.class));

  private final PortRange range;
  private final Set<Procedure> procedures;

  PortSpace(int first, int last, Set<Procedure> procedures) {
    this.range = PortRange.of(first, last);
    this.procedures = Set.copyOf(procedures);
  }

  /** The ports of this space. */
  public PortRange range() {
    return range;
  }

  /** The procedures through which ports of this space may be assigned; none for Dynamic. */
  public Set<Procedure> procedures() {
    return procedures;
  }

  /** Whether ports of this space are ever assigned. */
  public boolean isAssignable() {
    return !procedures.isEmpty();
  }

  /**
   * The space {@code port} lies in.
   *
   * @throws IllegalArgumentException when the port is outside 0..65535
   */
  public static PortSpace of(int port) {
    for (PortSpace space : values()) {
      if (space.range.contains(port)) {
        return space;
      }
    }
    throw new IllegalArgumentException("port must be in 0..65535, was " + port);
  }

  /** Whether the whole range lies inside one space; ranges across a boundary return false. */
  public boolean containsAll(PortRange ports) {
    return range.contains(ports.first()) && range.contains(ports.last());
  }
}
