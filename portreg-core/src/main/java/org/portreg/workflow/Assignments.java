package org.portreg.workflow;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.ConflictException;
import org.portreg.model.PartialDate;
import org.portreg.model.RecordStatus;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.RecordRules;

/** Assignment and reuse (RFC 6335 §8.1, §8.3): the machinery behind {@link Lifecycle}. */
final class Assignments {
  private Assignments() {}

  /** {@link Lifecycle#assign}. */
  static RegistryChange assign(Registry registry, AssignmentRequest request, Clock clock) {
    RegistryView view = RegistryView.of(registry);
    List<Violation> violations = RequestValidator.validate(request, view);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(request.serviceName(), violations);
    }
    requireProcedure(request);
    return place(registry, request, resolvePort(view, request), ChangeAction.ASSIGN, clock);
  }

  /** {@link Lifecycle#reuse}. */
  static RegistryChange reuse(Registry registry, AssignmentRequest request, Clock clock) {
    if (!(request.port() instanceof PortChoice.Specific specific)) {
      throw new ConflictException("reuse needs a specific port, was " + request.port());
    }
    List<Violation> violations =
        RequestValidator.validate(request, RegistryView.of(registry)).stream()
            .filter(v -> !v.rule().equals("port-taken"))
            .toList();
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(request.serviceName(), violations);
    }
    if (!Procedures.hasApprovalReference(request)) {
      throw new ConflictException(
          "reuse of port "
              + specific.port()
              + " needs IETF Review or IESG Approval: the request"
              + " for '"
              + request.serviceName()
              + "' carries no RFC or IESG-approval reference");
    }
    requireReserved(registry, specific.port(), request.transports());
    return place(registry, request, Optional.of(specific.port()), ChangeAction.REUSE, clock);
  }

  private static void requireReserved(Registry registry, int port, Set<Transport> transports) {
    List<ServiceRecord> covering = Placement.replaced(registry.records(), port, transports);
    boolean anyReserved =
        covering.stream()
            .anyMatch(r -> RecordRules.statusOf(r).base() == RecordStatus.Base.RESERVED);
    if (!anyReserved || !covering.stream().allMatch(Assignments::isReusable)) {
      throw new ConflictException(
          "port "
              + port
              + " is not Reserved on "
              + transports
              + ": "
              + RecordText.describe(covering));
    }
  }

  private static boolean isReusable(ServiceRecord record) {
    RecordStatus s = RecordRules.statusOf(record);
    return s.base() != RecordStatus.Base.ASSIGNED
        && s != RecordStatus.PRIVATE_USE
        && s != RecordStatus.UNCLASSIFIED;
  }

  private static void requireProcedure(AssignmentRequest request) {
    if (!Procedures.isAssignable(request)) {
      throw new ConflictException(
          "request for '"
              + request.serviceName()
              + "' asks for a System port, which needs IETF"
              + " Review or IESG Approval (RFC 6335 section 8.1.2): it carries no RFC or"
              + " IESG-approval reference");
    }
  }

  private static Optional<Integer> resolvePort(RegistryView view, AssignmentRequest request) {
    if (request.port() instanceof PortChoice.Specific s) {
      return Optional.of(s.port());
    }
    if (request.port() instanceof PortChoice.Any any) {
      Optional<Integer> port =
          PortSelector.selectPort(view.registry(), request.transports(), any.space());
      return Optional.of(
          port.orElseThrow(
              () ->
                  new ConflictException(
                      "no " + any.space() + " port is free on " + request.transports())));
    }
    return Optional.empty();
  }

  private static RegistryChange place(
      Registry registry,
      AssignmentRequest request,
      Optional<Integer> port,
      ChangeAction action,
      Clock clock) {
    PartialDate today = Lifecycle.today(clock);
    List<ServiceRecord> added = RecordFactory.fromRequest(request, port, today);
    List<ServiceRecord> before =
        port.map(p -> Placement.replaced(registry.records(), p, request.transports()))
            .orElse(List.of());
    List<ServiceRecord> records =
        port.isPresent()
            ? Placement.onPort(
                registry.records(),
                port.get(),
                request.transports(),
                added,
                Assignments::isReusable)
            : Placement.nameOnly(registry.records(), added);
    Registry next = PeopleTable.withContacts(registry, PeopleTable.of(request), today);
    return Lifecycle.finish(
        next, records, action, before, added, summary(action, request, port, today), today);
  }

  private static String summary(
      ChangeAction action, AssignmentRequest request, Optional<Integer> port, PartialDate today) {
    String where = port.map(p -> " port " + p).orElse(" (name only)");
    return action
        + " '"
        + request.serviceName()
        + "'"
        + where
        + " "
        + request.transports()
        + " on "
        + today;
  }
}
