package org.portreg.workflow;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.rules.PortSpace;
import org.portreg.rules.Procedure;

/**
 * Which registration procedures of RFC 6335 §8.1.2 apply to a request: System ports need IETF
 * Review or IESG Approval, User ports may also go through Expert Review, service names without a
 * port are First Come First Served, Dynamic ports never. Thread-safe, stateless.
 *
 * <p>An <em>approval reference</em> is what lets a System-port request be assigned: an RFC xref, a
 * draft approved for publication (the registry spells those {@code RFC-ietf-...}), or a text xref
 * naming an IESG approval.
 */
public final class Procedures {
  private Procedures() {}

  /** The procedures through which the request may be granted; empty for a Dynamic port. */
  public static Set<Procedure> applicable(AssignmentRequest request) {
    return spaceOf(request.port())
        .map(PortSpace::procedures)
        .orElse(EnumSet.of(Procedure.FIRST_COME_FIRST_SERVED));
  }

  /** The port space the request asks in; empty for a name-only request. */
  public static Optional<PortSpace> spaceOf(PortChoice port) {
    if (port instanceof PortChoice.Specific s) {
      return Optional.of(PortSpace.of(s.port()));
    }
    if (port instanceof PortChoice.Any a) {
      return Optional.of(a.space());
    }
    return Optional.empty();
  }

  /** Whether Expert Review alone is not enough: the request asks for a System port. */
  public static boolean needsIetfOrIesg(AssignmentRequest request) {
    return spaceOf(request.port()).filter(s -> s == PortSpace.SYSTEM).isPresent();
  }

  /** Whether the request carries an RFC or IESG-approval reference. */
  public static boolean hasApprovalReference(AssignmentRequest request) {
    return request.references().stream().anyMatch(Procedures::isApprovalReference);
  }

  /** Whether {@code xref} documents IETF Review or IESG Approval. */
  public static boolean isApprovalReference(Xref xref) {
    String target = xref.target().toLowerCase(Locale.ROOT);
    return xref.type() == XrefType.RFC
        || (xref.type() == XrefType.DRAFT && target.startsWith("rfc-"))
        || (xref.type() == XrefType.TEXT && target.contains("iesg approv"));
  }

  /**
   * Whether the request may be assigned as far as procedures go: some procedure applies, and a
   * System-port request carries an approval reference.
   */
  public static boolean isAssignable(AssignmentRequest request) {
    return !applicable(request).isEmpty()
        && (!needsIetfOrIesg(request) || hasApprovalReference(request));
  }
}
