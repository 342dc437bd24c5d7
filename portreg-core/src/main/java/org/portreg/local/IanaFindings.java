package org.portreg.local;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.portreg.format.RecordColumns;
import org.portreg.index.NameMatch;
import org.portreg.index.RegistryIndex;
import org.portreg.model.PortRange;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;
import org.portreg.rules.RecordRules;

/** What IANA's registry says about ports and names, as findings. Stateless over one index. */
final class IanaFindings {
  private final RegistryIndex index;

  IanaFindings(RegistryIndex index) {
    this.index = index;
  }

  /** The assigned and reserved records covering any of the ports on any of the transports. */
  List<Finding> ports(PortRange ports, Set<Transport> transports) {
    Set<ServiceRecord> records = new LinkedHashSet<>();
    for (Transport t : Transport.values()) {
      if (transports.contains(t)) {
        for (int port = ports.first(); port <= ports.last(); port++) {
          records.addAll(index.lookup(port, t));
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (ServiceRecord r : records) {
      finding(r).ifPresent(findings::add);
    }
    if (ports.last() >= PortSpace.DYNAMIC.range().first()) {
      findings.add(dynamic());
    }
    return findings;
  }

  private static Finding dynamic() {
    return new Finding(
        Severity.WARNING,
        Finding.Kind.DYNAMIC_RANGE,
        "in the Dynamic range 49152-65535 (RFC 6335 section 6): never assigned, and the ephemeral"
            + " range of Windows, macOS and others",
        "iana:dynamic");
  }

  /** The finding a record gives, empty for an Unassigned one. */
  Optional<Finding> finding(ServiceRecord r) {
    RecordStatus.Base base = RecordRules.statusOf(r).base();
    if (base == RecordStatus.Base.UNASSIGNED) {
      return Optional.empty();
    }
    String where = where(r);
    String key = "iana:" + r.serviceName().orElse("") + ":" + where;
    if (base == RecordStatus.Base.ASSIGNED) {
      String name = r.serviceName().orElse("(no name)");
      return Optional.of(
          new Finding(
              Severity.CONFLICT,
              Finding.Kind.IANA_ASSIGNED,
              "IANA-assigned to " + name + " (" + where + ": " + text(r) + whom(r) + ")",
              key));
    }
    return Optional.of(
        new Finding(
            Severity.WARNING,
            Finding.Kind.IANA_RESERVED,
            "IANA-reserved (" + where + ": " + text(r) + ")",
            key));
  }

  private static String where(ServiceRecord r) {
    String ports = r.number().map(PortRange::toString).orElse("no port");
    return r.protocol().map(t -> ports + "/" + t.token()).orElse(ports);
  }

  /**
   * The description as one line of the text a lookup shows (IANA's column, inline references as
   * {@code [label]}), so that the message is the same from the registry and from its columns.
   */
  private static String text(ServiceRecord r) {
    String text = LocalColumns.oneLine(RecordColumns.text(r.description()));
    return text.isEmpty() ? "no description" : text;
  }

  private String whom(ServiceRecord r) {
    List<String> ids = r.assigneeIds();
    if (ids.isEmpty()) {
      return "";
    }
    return "; assignee "
        + ids.stream()
            .map(id -> index.person(id).flatMap(p -> p.name()).orElse(id))
            .collect(Collectors.joining(", "));
  }

  /** Whether IANA has the name, as a current or a historic name. */
  List<Finding> name(String name) {
    Optional<NameMatch> match = index.lookupByName(name);
    if (match.isEmpty()) {
      return List.of();
    }
    NameMatch m = match.get();
    if (m.isResolvedFromHistoric()) {
      return List.of(
          new Finding(
              Severity.CONFLICT,
              Finding.Kind.HISTORIC_NAME,
              "a historic name at IANA: "
                  + m.historicName().get()
                  + " is an alias of "
                  + m.name()
                  + " (RFC 6335 section 10.1)",
              "iana-name:" + m.historicName().get()));
    }
    String ports =
        m.records().stream().map(IanaFindings::where).distinct().collect(Collectors.joining(", "));
    return List.of(
        new Finding(
            Severity.CONFLICT,
            Finding.Kind.IANA_NAME,
            "taken at IANA: " + m.name() + " (" + ports + ")",
            "iana-name:" + m.name()));
  }
}
