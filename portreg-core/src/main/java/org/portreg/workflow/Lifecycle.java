package org.portreg.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.portreg.error.ConflictException;
import org.portreg.error.NotFoundException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.model.PartialDate;
import org.portreg.model.RecordStatus;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.rules.RecordRules;
import org.portreg.rules.ServiceNames;

/**
 * The lifecycle of assignments (RFC 6335 §8) as pure functions: each takes a registry and returns a
 * new one with a description of the change, or refuses with {@link ConflictException} or {@link
 * NotFoundException} naming the records. Every operation sets the registry's Last Updated to today
 * (from the clock, in the clock's zone). Historic names (§10.1) are read-only. Thread-safe,
 * stateless.
 */
public final class Lifecycle {
  private Lifecycle() {}

  /**
   * Assigns a request (§8.1): one record per transport, registered today, at its place in registry
   * order; new people are added to the people table. "Any port" requests get the lowest free port.
   *
   * @throws InvalidRequestException when the request breaks a rule ({@link RequestValidator})
   * @throws ConflictException when a System port lacks an IETF Review or IESG Approval reference,
   *     or no port of the space is free
   */
  public static RegistryChange assign(Registry registry, AssignmentRequest request, Clock clock) {
    return Assignments.assign(registry, request, clock);
  }

  /**
   * Assigns a Reserved port again (§8.3). Decision: only through IETF Review or IESG Approval, so
   * the request must carry an approval reference ({@link Procedures#hasApprovalReference}); the
   * port must be Reserved (or Unassigned) on every requested transport and Reserved on one.
   *
   * @throws InvalidRequestException when the request breaks a rule other than the port's status
   * @throws ConflictException when there is no approval reference or the port is not Reserved
   */
  public static RegistryChange reuse(Registry registry, AssignmentRequest request, Clock clock) {
    return Assignments.reuse(registry, request, clock);
  }

  /**
   * Changes the contact, description or references of every record of a service (§8.6); each record
   * gets {@code updated} = today. A new contact replaces the record's contact people; on a record
   * without {@code <assignee>} its people so far move into {@code <assignee>}, as they were the
   * assignee.
   *
   * @throws NotFoundException when no assigned record has that name
   * @throws ConflictException when the name is historic
   */
  public static RegistryChange modify(
      Registry registry, String serviceName, Modification change, Clock clock) {
    PartialDate today = today(clock);
    List<ServiceRecord> targets = assignedRecords(registry, serviceName, r -> true);
    Map<ServiceRecord, ServiceRecord> replacements = new IdentityHashMap<>();
    targets.forEach(r -> replacements.put(r, modified(r, change, today)));
    Registry next = PeopleTable.withContacts(registry, PeopleTable.of(change.contact()), today);
    return replace(next, replacements, ChangeAction.MODIFY, serviceName, today);
  }

  private static ServiceRecord modified(ServiceRecord r, Modification change, PartialDate today) {
    ServiceRecord.Builder b = r.toBuilder().updated(today);
    change.description().ifPresent(b::description);
    change.references().ifPresent(b::references);
    ServiceRecord updated = b.build();
    if (change.contact().isEmpty()) {
      return updated;
    }
    List<Xref> assignees =
        r.assignees().isEmpty()
            ? r.assigneeIds().stream().map(Xref::person).toList()
            : r.assignees();
    return RecordFactory.withPeople(
        updated, assignees, List.of(Xref.person(change.contact().get().id())));
  }

  /**
   * De-assigns a service (§8.2), on one transport or all: each port record becomes Reserved with
   * the note {@code De-assigned on DATE, previously NAME by [assignee]}; name-only records of the
   * service are removed (they hold no port to reserve).
   *
   * @throws NotFoundException when no assigned record has that name (on that transport)
   * @throws ConflictException when the name is historic
   */
  public static RegistryChange deassign(
      Registry registry, String serviceName, Optional<Transport> transport, Clock clock) {
    return withdraw(registry, serviceName, transport, "De-assigned", ChangeAction.DEASSIGN, clock);
  }

  /**
   * Revokes a service (§8.4) after the public call for comments that ends on {@code
   * commentPeriodEnd}: allowed from that day on, with the note {@code Revoked on DATE, previously
   * NAME by [assignee]}.
   *
   * @throws StateChangeRefusedException before the comment period has ended
   * @throws ConflictException when the name is historic
   * @throws NotFoundException when no assigned record has that name
   */
  public static RegistryChange revoke(
      Registry registry, String serviceName, LocalDate commentPeriodEnd, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    if (today.isBefore(commentPeriodEnd)) {
      throw new StateChangeRefusedException(
          "service '"
              + serviceName
              + "' cannot be revoked before the public comment period ends on "
              + commentPeriodEnd
              + " (today is "
              + today
              + ")");
    }
    return withdraw(registry, serviceName, Optional.empty(), "Revoked", ChangeAction.REVOKE, clock);
  }

  private static RegistryChange withdraw(
      Registry registry,
      String serviceName,
      Optional<Transport> transport,
      String verb,
      ChangeAction action,
      Clock clock) {
    PartialDate today = today(clock);
    Predicate<ServiceRecord> onTransport =
        r -> transport.isEmpty() || r.protocol().equals(transport);
    List<ServiceRecord> targets = assignedRecords(registry, serviceName, onTransport);
    Map<ServiceRecord, ServiceRecord> replacements = new IdentityHashMap<>();
    for (ServiceRecord r : targets) {
      replacements.put(r, r.number().isPresent() ? RecordFactory.reserved(r, verb, today) : null);
    }
    return replace(registry, replacements, action, serviceName, today);
  }

  /**
   * Transfers a service to a new assignee (§8.5), done as de-assignment plus new assignment: each
   * record is replaced by one with the new assignee and contact, registered today.
   *
   * @throws ConflictException when the authority is the assignee but not the records' one, or the
   *     name is historic
   * @throws NotFoundException when no assigned record has that name
   */
  public static RegistryChange transfer(
      Registry registry,
      String serviceName,
      Contact newAssignee,
      Contact newContact,
      TransferAuthority authority,
      Clock clock) {
    PartialDate today = today(clock);
    List<ServiceRecord> targets = assignedRecords(registry, serviceName, r -> true);
    requireAuthority(serviceName, targets, authority);
    Map<ServiceRecord, ServiceRecord> replacements = new IdentityHashMap<>();
    targets.forEach(r -> replacements.put(r, transferred(r, newAssignee, newContact, today)));
    Registry next = PeopleTable.withContacts(registry, List.of(newAssignee, newContact), today);
    RegistryChange change = replace(next, replacements, ChangeAction.TRANSFER, serviceName, today);
    return new RegistryChange(
        change.registry(),
        change.action(),
        change.before(),
        change.after(),
        change.summary() + " to " + newAssignee.id() + justification(authority));
  }

  private static ServiceRecord transferred(
      ServiceRecord r, Contact assignee, Contact contact, PartialDate today) {
    return RecordFactory.withPeople(
        r.toBuilder().registered(today).updated(null).build(),
        List.of(Xref.person(assignee.id())),
        List.of(Xref.person(contact.id())));
  }

  private static String justification(TransferAuthority authority) {
    return authority instanceof TransferAuthority.AdministratorOverride o
        ? " by administrator override: " + o.reason()
        : " with the consent of " + ((TransferAuthority.ByAssignee) authority).assigneeId();
  }

  private static void requireAuthority(
      String serviceName, List<ServiceRecord> targets, TransferAuthority authority) {
    if (authority instanceof TransferAuthority.ByAssignee by
        && !targets.stream().allMatch(r -> r.assigneeIds().contains(by.assigneeId()))) {
      throw new ConflictException(
          "'"
              + by.assigneeId()
              + "' is not the assignee of '"
              + serviceName
              + "' ("
              + targets.get(0).assigneeIds()
              + "); without the assignee a transfer needs an"
              + " administrator override with a written reason");
    }
  }

  /**
   * The assigned records of a service, as every lifecycle operation finds them: case-insensitive,
   * in registry order.
   *
   * @throws NotFoundException when no assigned record has that name
   * @throws ConflictException when the name is historic (read-only, §10.1)
   */
  public static List<ServiceRecord> assigned(Registry registry, String serviceName) {
    return assignedRecords(registry, serviceName, r -> true);
  }

  /** The assigned records of a name, refusing historic names and names with none. */
  private static List<ServiceRecord> assignedRecords(
      Registry registry, String serviceName, Predicate<ServiceRecord> filter) {
    List<ServiceRecord> named =
        registry.records().stream()
            .filter(r -> r.serviceName().filter(n -> ServiceNames.same(n, serviceName)).isPresent())
            .toList();
    Optional<ServiceRecord> historic = named.stream().filter(RecordRules::isHistoric).findFirst();
    if (historic.isPresent()) {
      throw new ConflictException(
          "service name "
              + RecordText.describe(historic.get())
              + " is historic (RFC 6335 section"
              + " 10.1), a read-only alias of '"
              + RecordRules.replacementOf(historic.get()).get()
              + "'");
    }
    List<ServiceRecord> targets =
        named.stream()
            .filter(r -> RecordRules.statusOf(r) == RecordStatus.ASSIGNED)
            .filter(filter)
            .toList();
    if (targets.isEmpty()) {
      throw new NotFoundException("no assigned record named '" + serviceName + "'");
    }
    return targets;
  }

  /** Replaces records by identity; a null replacement removes the record. */
  private static RegistryChange replace(
      Registry registry,
      Map<ServiceRecord, ServiceRecord> replacements,
      ChangeAction action,
      String serviceName,
      PartialDate today) {
    List<ServiceRecord> records = new ArrayList<>();
    List<ServiceRecord> before = new ArrayList<>();
    List<ServiceRecord> after = new ArrayList<>();
    for (ServiceRecord r : registry.records()) {
      if (!replacements.containsKey(r)) {
        records.add(r);
        continue;
      }
      before.add(r);
      ServiceRecord replacement = replacements.get(r);
      if (replacement != null) {
        records.add(replacement);
        after.add(replacement);
      }
    }
    String summary =
        action + " '" + serviceName + "': " + RecordText.describe(before) + " on " + today;
    return finish(registry, records, action, before, after, summary, today);
  }

  static RegistryChange finish(
      Registry registry,
      List<ServiceRecord> records,
      ChangeAction action,
      List<ServiceRecord> before,
      List<ServiceRecord> after,
      String summary,
      PartialDate today) {
    Registry next = registry.withRecords(records).withHeader(registry.header().withUpdated(today));
    return new RegistryChange(next, action, before, after, summary);
  }

  static PartialDate today(Clock clock) {
    return PartialDate.of(LocalDate.now(clock));
  }
}
