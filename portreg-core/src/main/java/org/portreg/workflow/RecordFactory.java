package org.portreg.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.model.Inline;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;

/** Builds the records the lifecycle operations write, in the registry's current style. */
final class RecordFactory {
  private RecordFactory() {}

  /**
   * One record per requested transport (one without protocol when none is requested), as IANA
   * writes new assignments: {@code <assignee>} holds the assignee, a bare person xref the contact.
   */
  static List<ServiceRecord> fromRequest(
      AssignmentRequest request, Optional<Integer> port, PartialDate today) {
    List<ServiceRecord> records = new ArrayList<>();
    if (request.transports().isEmpty()) {
      records.add(fromRequest(request, port, Optional.empty(), today));
    }
    for (Transport t : request.transports()) {
      records.add(fromRequest(request, port, Optional.of(t), today));
    }
    return records;
  }

  private static ServiceRecord fromRequest(
      AssignmentRequest request,
      Optional<Integer> port,
      Optional<Transport> transport,
      PartialDate today) {
    ServiceRecord.Builder b =
        ServiceRecord.builder()
            .name(request.serviceName())
            .description(request.description())
            .registered(today)
            .references(request.references())
            .unauthorized(request.unauthorizedUses().map(RichText::of).orElse(null))
            .notes(request.assignmentNotes().map(RichText::of).orElse(null));
    transport.ifPresent(b::protocol);
    port.ifPresent(p -> b.number(PortRange.of(p)));
    request.assignee().ifPresent(a -> b.addAssignee(Xref.person(a.id())));
    request.contact().ifPresent(c -> b.addXref(Xref.person(c.id())));
    if (transport.filter(t -> t == Transport.DCCP).isPresent()) {
      request.serviceCode().ifPresent(code -> b.serviceCode(Long.toString(code)));
    }
    return b.build();
  }

  /**
   * The Reserved record that replaces {@code record}, with the registry's note: {@code De-assigned
   * on 2025-02-13, previously compressnet by [Bernie_Volz]}.
   */
  static ServiceRecord reserved(ServiceRecord record, String verb, PartialDate today) {
    ServiceRecord.Builder b =
        ServiceRecord.builder()
            .description("Reserved")
            .updated(today)
            .notes(withdrawalNote(record, verb, today));
    record.protocol().ifPresent(b::protocol);
    record.number().ifPresent(b::number);
    return b.build();
  }

  static RichText withdrawalNote(ServiceRecord record, String verb, PartialDate today) {
    String name = record.serviceName().orElse("");
    List<String> ids = record.assigneeIds();
    List<Inline> parts = new ArrayList<>();
    String lead = verb + " on " + today + ", previously " + name;
    parts.add(new Inline.Text(ids.isEmpty() ? lead : lead + " by "));
    ids.forEach(id -> parts.add(new Inline.Reference(Xref.person(id))));
    return new RichText(parts);
  }

  /** {@code record} with another port or range; a one-port range is written as one number. */
  static ServiceRecord withPorts(ServiceRecord record, int first, int last) {
    PortRange range = first == last ? PortRange.of(first) : PortRange.of(first, last);
    return record.toBuilder().number(range).build();
  }

  /** {@code record} narrowed to one port and one transport. */
  static ServiceRecord narrowed(ServiceRecord record, int port, Transport transport) {
    return record.toBuilder().number(PortRange.of(port)).protocol(transport).build();
  }

  /** {@code record} with other people: one assignee, one contact, no {@code <contact>}. */
  static ServiceRecord withPeople(ServiceRecord r, List<Xref> assignees, List<Xref> persons) {
    return new ServiceRecord(
        r.name(),
        r.protocol(),
        r.description(),
        r.number(),
        assignees,
        List.of(),
        persons,
        r.references(),
        r.registered(),
        r.updated(),
        r.serviceCode(),
        r.unauthorized(),
        r.notes());
  }
}
