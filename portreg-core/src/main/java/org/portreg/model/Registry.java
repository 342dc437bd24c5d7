package org.portreg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole registry version: header, records in registry order, footnotes and the people table.
 *
 * <p>Equality is by content; the {@linkplain #spelling() spelling} a reader attached is not part of
 * it. Immutable and thread-safe.
 *
 * @param header what the registry says of itself
 * @param records the records in registry order
 * @param footnotes the footnotes
 * @param people the people table in registry order
 * @param spelling the original spelling of the file the registry was read from, if any
 */
public record Registry(
    RegistryHeader header,
    List<ServiceRecord> records,
    List<Footnote> footnotes,
    List<Person> people,
    Optional<SourceSpelling> spelling) {

  /** Copies the lists and checks no component is null. */
  public Registry {
    Objects.requireNonNull(header, "header");
    records = List.copyOf(records);
    footnotes = List.copyOf(footnotes);
    people = List.copyOf(people);
    Objects.requireNonNull(spelling, "spelling");
  }

  /** A registry with no recorded spelling. */
  public Registry(
      RegistryHeader header,
      List<ServiceRecord> records,
      List<Footnote> footnotes,
      List<Person> people) {
    this(header, records, footnotes, people, Optional.empty());
  }

  /** A copy with other records; the spelling is kept for the parts left unchanged. */
  public Registry withRecords(List<ServiceRecord> newRecords) {
    return new Registry(header, newRecords, footnotes, people, spelling);
  }

  /** A copy with another header; the spelling is kept for the parts left unchanged. */
  public Registry withHeader(RegistryHeader newHeader) {
    return new Registry(newHeader, records, footnotes, people, spelling);
  }

  /** A copy with another people table; the spelling is kept for the parts left unchanged. */
  public Registry withPeople(List<Person> newPeople) {
    return new Registry(header, records, footnotes, newPeople, spelling);
  }

  /** A copy without recorded spelling, so that writers use their canonical form throughout. */
  public Registry withoutSpelling() {
    return new Registry(header, records, footnotes, people, Optional.empty());
  }

  /** The person with {@code id}, compared exactly. Linear; use an index for repeated lookups. */
  public Optional<Person> person(String id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Registry r
        && header.equals(r.header)
        && records.equals(r.records)
        && footnotes.equals(r.footnotes)
        && people.equals(r.people);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, records, footnotes, people);
  }

  @Override
  public String toString() {
    return "Registry["
        + header.updated()
        + ", "
        + records.size()
        + " records, "
        + people.size()
        + " people]";
  }
}
