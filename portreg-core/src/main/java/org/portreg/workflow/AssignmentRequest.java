package org.portreg.workflow;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.Transport;
import org.portreg.model.Xref;

/**
 * The request template of RFC 6335 §8.1.1, with the two questions IANA's form adds. Immutable and
 * thread-safe. Required fields may be blank here: {@link RequestValidator} reports every missing
 * one at once. Adding a transport to an existing assignment is a new request for that transport.
 *
 * @param serviceName the requested service name
 * @param transports the transports the port (or name) is asked for, in enum order
 * @param assignee who the assignment belongs to
 * @param contact who to contact about it
 * @param description a short description of the service
 * @param references the references (RFC, draft, URI, text) describing the protocol
 * @param port the requested port, any port of a space, or none
 * @param serviceCode the DCCP service code (RFC 5595), required with dccp only
 * @param unauthorizedUses known unauthorized uses of the port, if any
 * @param assignmentNotes notes for the registry, if any
 * @param broadcastUse the answer to "does the protocol use broadcast or multicast?", if given
 * @param congestionControl the answer to "how does the protocol behave under congestion (RFC
 *     8085)?", required with udp
 */
public record AssignmentRequest(
    String serviceName,
    Set<Transport> transports,
    Optional<Contact> assignee,
    Optional<Contact> contact,
    String description,
    List<Xref> references,
    PortChoice port,
    Optional<Long> serviceCode,
    Optional<String> unauthorizedUses,
    Optional<String> assignmentNotes,
    Optional<String> broadcastUse,
    Optional<String> congestionControl) {

  /** Copies the collections and checks no component is null. */
  public AssignmentRequest {
    Objects.requireNonNull(serviceName, "serviceName");
    transports = enumSet(transports);
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(description, "description");
    references = List.copyOf(references);
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(unauthorizedUses, "unauthorizedUses");
    Objects.requireNonNull(assignmentNotes, "assignmentNotes");
    Objects.requireNonNull(broadcastUse, "broadcastUse");
    Objects.requireNonNull(congestionControl, "congestionControl");
  }

  private static Set<Transport> enumSet(Collection<Transport> values) {
    EnumSet<Transport> set = EnumSet.noneOf(Transport.class);
    set.addAll(values);
    return Collections.unmodifiableSet(set);
  }

  /** A builder with every field empty and no port. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    return new Builder()
        .serviceName(serviceName)
        .transports(transports)
        .assigneeOrEmpty(assignee)
        .contactOrEmpty(contact)
        .description(description)
        .references(references)
        .port(port)
        .serviceCodeOrEmpty(serviceCode)
        .unauthorizedUses(unauthorizedUses.orElse(null))
        .assignmentNotes(assignmentNotes.orElse(null))
        .broadcastUse(broadcastUse.orElse(null))
        .congestionControl(congestionControl.orElse(null));
  }

  /** A copy asking for another port. */
  public AssignmentRequest withPort(PortChoice newPort) {
    return toBuilder().port(newPort).build();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String serviceName = "";
    private Set<Transport> transports = Set.of();
    private Optional<Contact> assignee = Optional.empty();
    private Optional<Contact> contact = Optional.empty();
    private String description = "";
    private List<Xref> references = List.of();
    private PortChoice port = PortChoice.nameOnly();
    private Optional<Long> serviceCode = Optional.empty();
    private Optional<String> unauthorizedUses = Optional.empty();
    private Optional<String> assignmentNotes = Optional.empty();
    private Optional<String> broadcastUse = Optional.empty();
    private Optional<String> congestionControl = Optional.empty();

    private Builder() {}

    /** Sets the service name. */
    public Builder serviceName(String value) {
      serviceName = value;
      return this;
    }

    /** Sets the transports. */
    public Builder transports(Collection<Transport> values) {
      transports = enumSet(values);
      return this;
    }

    /** Sets the transports. */
    public Builder transports(Transport... values) {
      return transports(List.of(values));
    }

    /** Sets the assignee. */
    public Builder assignee(Contact value) {
      assignee = Optional.ofNullable(value);
      return this;
    }

    private Builder assigneeOrEmpty(Optional<Contact> value) {
      assignee = value;
      return this;
    }

    /** Sets the contact. */
    public Builder contact(Contact value) {
      contact = Optional.ofNullable(value);
      return this;
    }

    private Builder contactOrEmpty(Optional<Contact> value) {
      contact = value;
      return this;
    }

    /** Sets the description. */
    public Builder description(String value) {
      description = value;
      return this;
    }

    /** Sets the references. */
    public Builder references(List<Xref> values) {
      references = List.copyOf(values);
      return this;
    }

    /** Sets the references. */
    public Builder references(Xref... values) {
      return references(List.of(values));
    }

    /** Sets the port choice. */
    public Builder port(PortChoice value) {
      port = value;
      return this;
    }

    /** Sets a specific port. */
    public Builder port(int value) {
      return port(PortChoice.of(value));
    }

    /** Sets the DCCP service code. */
    public Builder serviceCode(long value) {
      serviceCode = Optional.of(value);
      return this;
    }

    private Builder serviceCodeOrEmpty(Optional<Long> value) {
      serviceCode = value;
      return this;
    }

    /** Sets the known unauthorized uses; null for none. */
    public Builder unauthorizedUses(String value) {
      unauthorizedUses = Optional.ofNullable(value);
      return this;
    }

    /** Sets the assignment notes; null for none. */
    public Builder assignmentNotes(String value) {
      assignmentNotes = Optional.ofNullable(value);
      return this;
    }

    /** Sets the answer on broadcast or multicast use; null for none. */
    public Builder broadcastUse(String value) {
      broadcastUse = Optional.ofNullable(value);
      return this;
    }

    /** Sets the answer on congestion-control behaviour; null for none. */
    public Builder congestionControl(String value) {
      congestionControl = Optional.ofNullable(value);
      return this;
    }

    /** Builds the request. */
    public AssignmentRequest build() {
      return new AssignmentRequest(
          serviceName,
          transports,
          assignee,
          contact,
          description,
          references,
          port,
          serviceCode,
          unauthorizedUses,
          assignmentNotes,
          broadcastUse,
          congestionControl);
    }
  }
}
