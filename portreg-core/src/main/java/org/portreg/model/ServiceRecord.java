package org.portreg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the registry: a service name, a port or range, a transport, or any subset of them,
 * with description, people, references, dates and notes.
 *
 * @param name the service name as registered; {@code Optional.of("")} for an empty {@code <name/>}
 * @param protocol the transport, absent for ranges and name-only records without one
 * @param description the description, with line breaks and references kept
 * @param number the port or range, absent for name-only registrations
 * @param assignees the xrefs inside {@code <assignee>}
 * @param contacts the xrefs inside {@code <contact>}
 * @param persons the bare person xrefs outside {@code <assignee>} and {@code <contact>}, in order
 * @param references the non-person xrefs (RFCs, drafts, URIs, texts, footnotes), in order
 * @param registered the registration date ({@code @date})
 * @param updated the modification date ({@code @updated})
 * @param serviceCode the DCCP service code ({@code <sc>}), as written
 * @param unauthorized the report of unauthorized use ({@code <unauthorized>})
 * @param notes the assignment notes ({@code <note>})
 */
public record ServiceRecord(
    Optional<String> name,
    Optional<Transport> protocol,
    RichText description,
    Optional<PortRange> number,
    List<Xref> assignees,
    List<Xref> contacts,
    List<Xref> persons,
    List<Xref> references,
    Optional<PartialDate> registered,
    Optional<PartialDate> updated,
    Optional<String> serviceCode,
    Optional<RichText> unauthorized,
    Optional<RichText> notes) {

  /** Copies the lists and checks that no component is null. */
  public ServiceRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(number, "number");
    assignees = List.copyOf(assignees);
    contacts = List.copyOf(contacts);
    persons = List.copyOf(persons);
    references = List.copyOf(references);
    // Loops, not streams: every record of every read passes here, mostly in a cold JVM.
    for (Xref x : persons) {
      if (!x.isPerson()) {
        throw new IllegalArgumentException("persons must hold person xrefs only, was " + persons);
      }
    }
    for (Xref x : references) {
      if (x.isPerson()) {
        throw new IllegalArgumentException(
            "references must not hold person xrefs, was " + references);
      }
    }
    Objects.requireNonNull(registered, "registered");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(unauthorized, "unauthorized");
    Objects.requireNonNull(notes, "notes");
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's fields, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The service name when there is a non-empty one. */
  public Optional<String> serviceName() {
    return name.isPresent() && name.get().isEmpty() ? Optional.empty() : name;
  }

  /**
   * The IDs of the people shown as Assignee: the {@code <assignee>} xrefs, or without them every
   * person xref of the record.
   */
  public List<String> assigneeIds() {
    return assignees.isEmpty() ? personIds(contactXrefs()) : personIds(assignees);
  }

  /**
   * The IDs of the people shown as Contact: the {@code <contact>} and bare person xrefs, or, for a
   * record without {@code <assignee>}, the same people as Assignee.
   */
  public List<String> contactIds() {
    return personIds(contactXrefs());
  }

  /** Every person ID the record names, assignees first, without duplicates. */
  public List<String> personIds() {
    List<String> ids = new ArrayList<>(personIds(assignees));
    for (String id : personIds(contactXrefs())) {
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private List<Xref> contactXrefs() {
    if (contacts.isEmpty()) {
      return persons;
    }
    List<Xref> people = new ArrayList<>(contacts);
    people.addAll(persons);
    return people;
  }

  private static List<String> personIds(List<Xref> xrefs) {
    List<String> ids = new ArrayList<>(xrefs.size());
    for (Xref x : xrefs) {
      if (x.isPerson()) {
        ids.add(x.target());
      }
    }
    return List.copyOf(ids);
  }

  /** Mutable builder for {@link ServiceRecord}; not thread-safe. */
  public static final class Builder {
    private Optional<String> name = Optional.empty();
    private Optional<Transport> protocol = Optional.empty();
    private RichText description = RichText.EMPTY;
    private Optional<PortRange> number = Optional.empty();
    private final List<Xref> assignees = new ArrayList<>();
    private final List<Xref> contacts = new ArrayList<>();
    private final List<Xref> persons = new ArrayList<>();
    private final List<Xref> references = new ArrayList<>();
    private Optional<PartialDate> registered = Optional.empty();
    private Optional<PartialDate> updated = Optional.empty();
    private Optional<String> serviceCode = Optional.empty();
    private Optional<RichText> unauthorized = Optional.empty();
    private Optional<RichText> notes = Optional.empty();

    private Builder() {}

    private Builder(ServiceRecord r) {
      name = r.name;
      protocol = r.protocol;
      description = r.description;
      number = r.number;
      assignees.addAll(r.assignees);
      contacts.addAll(r.contacts);
      persons.addAll(r.persons);
      references.addAll(r.references);
      registered = r.registered;
      updated = r.updated;
      serviceCode = r.serviceCode;
      unauthorized = r.unauthorized;
      notes = r.notes;
    }

    /** Sets the service name ({@code ""} for an empty name element). */
    public Builder name(String value) {
      name = Optional.of(value);
      return this;
    }

    /** Sets the transport. */
    public Builder protocol(Transport value) {
      protocol = Optional.of(value);
      return this;
    }

    /** Sets the description. */
    public Builder description(RichText value) {
      description = Objects.requireNonNull(value);
      return this;
    }

    /** Sets the description to plain text. */
    public Builder description(String value) {
      return description(RichText.of(value));
    }

    /** Sets the port or range. */
    public Builder number(PortRange value) {
      number = Optional.of(value);
      return this;
    }

    /** Adds an xref inside {@code <assignee>}. */
    public Builder addAssignee(Xref value) {
      assignees.add(value);
      return this;
    }

    /** Adds an xref inside {@code <contact>}. */
    public Builder addContact(Xref value) {
      contacts.add(value);
      return this;
    }

    /** Adds a bare xref: to the persons when it names a person, else to the references. */
    public Builder addXref(Xref value) {
      (value.isPerson() ? persons : references).add(value);
      return this;
    }

    /** Replaces the bare person xrefs. */
    public Builder persons(List<Xref> values) {
      persons.clear();
      persons.addAll(values);
      return this;
    }

    /** Replaces the references. */
    public Builder references(List<Xref> values) {
      references.clear();
      references.addAll(values);
      return this;
    }

    /** Sets the registration date. */
    public Builder registered(PartialDate value) {
      registered = Optional.ofNullable(value);
      return this;
    }

    /** Sets the modification date. */
    public Builder updated(PartialDate value) {
      updated = Optional.ofNullable(value);
      return this;
    }

    /** Sets the DCCP service code. */
    public Builder serviceCode(String value) {
      serviceCode = Optional.ofNullable(value);
      return this;
    }

    /** Sets the report of unauthorized use. */
    public Builder unauthorized(RichText value) {
      unauthorized = Optional.ofNullable(value);
      return this;
    }

    /** Sets the assignment notes. */
    public Builder notes(RichText value) {
      notes = Optional.ofNullable(value);
      return this;
    }

    /** Builds the record. */
    public ServiceRecord build() {
      return new ServiceRecord(
          name,
          protocol,
          description,
          number,
          assignees,
          contacts,
          persons,
          references,
          registered,
          updated,
          serviceCode,
          unauthorized,
          notes);
    }
  }

  /**
   * Component by component, as a record's own equals; spelled out because the generated one sets up
   * method handles on its first call, which a cold command pays for.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ServiceRecord o
        && Objects.equals(name, o.name)
        && Objects.equals(protocol, o.protocol)
        && Objects.equals(description, o.description)
        && Objects.equals(number, o.number)
        && Objects.equals(assignees, o.assignees)
        && Objects.equals(contacts, o.contacts)
        && Objects.equals(persons, o.persons)
        && Objects.equals(references, o.references)
        && Objects.equals(registered, o.registered)
        && Objects.equals(updated, o.updated)
        && Objects.equals(serviceCode, o.serviceCode)
        && Objects.equals(unauthorized, o.unauthorized)
        && Objects.equals(notes, o.notes);
  }

  /** Combines the components' hash codes, as {@link #equals} compares them. */
  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        protocol,
        description,
        number,
        assignees,
        contacts,
        persons,
        references,
        registered,
        updated,
        serviceCode,
        unauthorized,
        notes);
  }
}
