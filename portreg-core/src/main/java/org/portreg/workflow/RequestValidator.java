package org.portreg.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;
import org.portreg.rules.RecordRules;
import org.portreg.rules.ServiceNames;

/**
 * Checks a request against RFC 6335 and a registry, reporting every failing field rather than the
 * first. Rules (the {@link Violation#rule()} codes): {@code required}, {@code name-syntax} (§5.1),
 * {@code name-taken} (case-insensitive; historic names too; the same assignee may extend its name
 * to another transport), {@code transports-required} (a port needs transports), {@code
 * port-dynamic} (49152-65535 are never assigned), {@code port-taken} (assigned or reserved on a
 * requested transport), {@code service-code-required}, {@code service-code-unexpected}, {@code
 * service-code-range}, {@code service-code-taken} (DCCP, RFC 5595), {@code contact-uri}.
 * Thread-safe, stateless.
 */
public final class RequestValidator {
  /** The largest DCCP service code: 32 bits, unsigned. */
  public static final long MAX_SERVICE_CODE = 0xFFFF_FFFFL;

  private RequestValidator() {}

  /**
   * What the rules ask of a registry: all a validation needs, so that a store can answer it from a
   * few indexed rows instead of the whole registry ({@code StoredFacts}). Implementations answer as
   * {@link #validate(AssignmentRequest, Registry)}'s view of the whole registry does.
   */
  public interface Facts {
    /** The records with this service name, compared case-insensitively, in registry order. */
    List<ServiceRecord> named(String name);

    /**
     * The first record, in registry order, that makes (port, transport) unavailable: its number
     * covers the port, its protocol is the transport or absent, and its status is not available.
     */
    Optional<ServiceRecord> blocking(int port, Transport transport);

    /** Whether a record's DCCP service code, read as a number, is {@code code}. */
    boolean usesServiceCode(long code);

    /** A record's DCCP service code as a number; empty when it has none or it is not a number. */
    static Optional<Long> serviceCodeOf(ServiceRecord record) {
      return record.serviceCode().flatMap(RegistryView::parseCode);
    }
  }

  /** Every rule {@code request} breaks against {@code registry}; empty when it is valid. */
  public static List<Violation> validate(AssignmentRequest request, Registry registry) {
    return validate(request, RegistryView.of(registry));
  }

  /** Every rule {@code request} breaks against the registry {@code view} tells of. */
  public static List<Violation> validate(AssignmentRequest request, Facts view) {
    List<Violation> found = new ArrayList<>();
    checkName(request, view, found);
    checkPeople(request, found);
    required("description", request.description(), found);
    boolean port = !(request.port() instanceof PortChoice.NameOnly);
    if (port && request.references().isEmpty()) {
      found.add(new Violation("references", "required", "references is required, was empty"));
    }
    checkPort(request, view, found);
    checkServiceCode(request, view, found);
    if (port && request.transports().contains(Transport.UDP)) {
      required("congestionControl", request.congestionControl().orElse(""), found);
    }
    return List.copyOf(found);
  }

  private static void required(String field, String value, List<Violation> found) {
    if (value.isBlank()) {
      found.add(new Violation(field, "required", field + " is required, was '" + value + "'"));
    }
  }

  private static void checkName(AssignmentRequest request, Facts view, List<Violation> found) {
    String name = request.serviceName();
    if (name.isBlank()) {
      required("serviceName", name, found);
      return;
    }
    ServiceNames.violation(name)
        .ifPresent(m -> found.add(new Violation("serviceName", "name-syntax", m)));
    nameConflict(request, view.named(name))
        .ifPresent(m -> found.add(new Violation("serviceName", "name-taken", m)));
  }

  private static Optional<String> nameConflict(
      AssignmentRequest request, List<ServiceRecord> same) {
    String name = request.serviceName();
    if (same.isEmpty()) {
      return Optional.empty();
    }
    Optional<ServiceRecord> historic = same.stream().filter(RecordRules::isHistoric).findFirst();
    if (historic.isPresent()) {
      return Optional.of(
          "serviceName '" + name + "' is taken by the historic name " + describe(historic.get()));
    }
    if (!isOwnedBy(same, request.assignee())) {
      return Optional.of(
          "serviceName '"
              + name
              + "' is already registered to another assignee: "
              + describe(same));
    }
    List<ServiceRecord> overlap =
        same.stream().filter(r -> overlaps(r, request.transports())).toList();
    return overlap.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "serviceName '"
                + name
                + "' is already registered on that transport: "
                + describe(overlap));
  }

  private static boolean isOwnedBy(List<ServiceRecord> records, Optional<Contact> assignee) {
    return assignee.isPresent()
        && records.stream().allMatch(r -> r.assigneeIds().contains(assignee.get().id()));
  }

  private static boolean overlaps(ServiceRecord record, Set<Transport> transports) {
    return record.protocol().map(transports::contains).orElse(transports.isEmpty());
  }

  private static void checkPeople(AssignmentRequest request, List<Violation> found) {
    checkPerson("assignee", request.assignee(), found);
    checkPerson("contact", request.contact(), found);
  }

  private static void checkPerson(String field, Optional<Contact> person, List<Violation> found) {
    if (person.isEmpty()) {
      found.add(new Violation(field, "required", field + " is required, was missing"));
      return;
    }
    Contact c = person.get();
    required(field + ".id", c.id(), found);
    required(field + ".name", c.name(), found);
    required(field + ".uri", c.uri(), found);
    if (!c.uri().isBlank() && !c.hasUsableUri()) {
      found.add(
          new Violation(
              field + ".uri",
              "contact-uri",
              field + ".uri must be an e-mail address or a URI, was '" + c.uri() + "'"));
    }
  }

  private static void checkPort(AssignmentRequest request, Facts view, List<Violation> found) {
    if (request.port() instanceof PortChoice.NameOnly) {
      return;
    }
    if (request.transports().isEmpty()) {
      found.add(
          new Violation(
              "transports",
              "transports-required",
              "transports must name at least one transport when a port is requested, was none"));
    }
    if (request.port() instanceof PortChoice.Specific specific) {
      checkSpecificPort(specific.port(), request.transports(), view, found);
    }
  }

  private static void checkSpecificPort(
      int port, Set<Transport> transports, Facts view, List<Violation> found) {
    if (PortSpace.of(port) == PortSpace.DYNAMIC) {
      found.add(
          new Violation(
              "port",
              "port-dynamic",
              "port " + port + " is in the Dynamic range 49152-65535, which is never assigned"));
      return;
    }
    for (Transport t : transports) {
      view.blocking(port, t)
          .ifPresent(
              r ->
                  found.add(
                      new Violation(
                          "port",
                          "port-taken",
                          "port "
                              + port
                              + "/"
                              + t
                              + " is not available: "
                              + describe(r)
                              + " ("
                              + RecordRules.statusOf(r)
                              + ")")));
    }
  }

  private static void checkServiceCode(
      AssignmentRequest request, Facts view, List<Violation> found) {
    boolean dccp = request.transports().contains(Transport.DCCP);
    Optional<Long> code = request.serviceCode();
    if (dccp && code.isEmpty()) {
      found.add(
          new Violation(
              "serviceCode",
              "service-code-required",
              "serviceCode is required for dccp, was missing"));
    } else if (!dccp && code.isPresent()) {
      found.add(
          new Violation(
              "serviceCode",
              "service-code-unexpected",
              "serviceCode is only for dccp, was " + code.get() + " for " + request.transports()));
    } else if (code.isPresent()) {
      checkCodeValue(code.get(), view, found);
    }
  }

  private static void checkCodeValue(long code, Facts view, List<Violation> found) {
    if (code < 0 || code > MAX_SERVICE_CODE) {
      found.add(
          new Violation(
              "serviceCode",
              "service-code-range",
              "serviceCode must be a 32-bit unsigned number (0.."
                  + MAX_SERVICE_CODE
                  + "), was "
                  + code));
    } else if (view.usesServiceCode(code)) {
      found.add(
          new Violation(
              "serviceCode", "service-code-taken", "serviceCode " + code + " is already used"));
    }
  }

  private static String describe(ServiceRecord record) {
    return RecordText.describe(record);
  }

  private static String describe(List<ServiceRecord> records) {
    return RecordText.describe(records);
  }
}
