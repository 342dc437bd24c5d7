package org.portreg.local;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.InvalidInputException;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.rules.ServiceNames;

/**
 * One entry of an organisation's own registry: a service name with RFC 6335 syntax and, optionally,
 * a port or range on some transports. Immutable; validates itself.
 *
 * @param name the service name, RFC 6335 §5.1 syntax
 * @param ports the port or range, empty for a name-only assignment
 * @param transports the transports the ports are held on; not empty when there are ports
 * @param owner the team that owns the service
 * @param contact how to reach the owner (e-mail, chat channel, ...); may be empty
 * @param scope how far the assignment reaches
 * @param tags environment tags such as {@code prod}
 * @param description what the service is; may be empty
 * @param since when the assignment was made
 * @param expires when it ends, if it does
 * @param notes anything else; may be empty
 */
public record LocalAssignment(
    String name,
    Optional<PortRange> ports,
    Set<Transport> transports,
    String owner,
    String contact,
    Scope scope,
    List<String> tags,
    String description,
    Optional<LocalDate> since,
    Optional<LocalDate> expires,
    String notes) {

  /**
   * Validates the entry.
   *
   * @throws InvalidInputException naming the field when the name breaks RFC 6335, the owner is
   *     blank, ports come without transports, or it expires before it starts
   */
  public LocalAssignment {
    Objects.requireNonNull(name, "name");
    ServiceNames.violation(name)
        .ifPresent(
            v -> {
              throw new InvalidInputException(v);
            });
    Objects.requireNonNull(ports, "ports");
    transports = transports.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(transports));
    if (ports.isPresent() && transports.isEmpty()) {
      throw new InvalidInputException("assignment '" + name + "' has ports but no transport");
    }
    if (Objects.requireNonNull(owner, "owner").isBlank()) {
      throw new InvalidInputException("assignment '" + name + "' needs an owner");
    }
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(scope, "scope");
    tags = List.copyOf(tags);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(notes, "notes");
    if (since.isPresent() && expires.isPresent() && expires.get().isBefore(since.get())) {
      throw new InvalidInputException("assignment '" + name + "' expires before it starts");
    }
  }

  /** A name-and-ports entry with the other fields empty, scope {@code org}. */
  public static LocalAssignment of(
      String name, Optional<PortRange> ports, Set<Transport> transports, String owner) {
    return new LocalAssignment(
        name,
        ports,
        transports,
        owner,
        "",
        Scope.ORG,
        List.of(),
        "",
        Optional.empty(),
        Optional.empty(),
        "");
  }

  /** The name's comparison key (lower case, {@link java.util.Locale#ROOT}). */
  public String key() {
    return ServiceNames.key(name);
  }

  /** Whether this entry holds {@code port} on {@code transport}. */
  public boolean holds(int port, Transport transport) {
    return ports.isPresent() && ports.get().contains(port) && transports.contains(transport);
  }

  /** Whether this entry shares a port on a transport with {@code other}. */
  public boolean overlaps(LocalAssignment other) {
    if (ports.isEmpty() || other.ports.isEmpty() || !ports.get().overlaps(other.ports.get())) {
      return false;
    }
    return transports.stream().anyMatch(other.transports::contains);
  }

  /** Whether the entry has expired by {@code today}. */
  public boolean isExpired(LocalDate today) {
    return expires.isPresent() && expires.get().isBefore(today);
  }

  /** This entry with {@code since} set, when it has none. */
  public LocalAssignment since(LocalDate date) {
    return since.isPresent()
        ? this
        : new LocalAssignment(
            name,
            ports,
            transports,
            owner,
            contact,
            scope,
            tags,
            description,
            Optional.of(date),
            expires,
            notes);
  }

  /** {@code 8080/tcp,udp}, or {@code -} for a name-only entry. */
  public String portsText() {
    if (ports.isEmpty()) {
      return "-";
    }
    StringBuilder text = new StringBuilder(ports.get().toString()).append('/');
    String sep = "";
    for (Transport t : Transport.values()) {
      if (transports.contains(t)) {
        text.append(sep).append(t.token());
        sep = ",";
      }
    }
    return text.toString();
  }
}
