package org.portreg.store;

import java.util.Locale;
import java.util.Objects;
import org.portreg.model.Footnote;
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.ServiceRecord;

/**
 * One part of a registry document as the store keeps it: its exact XML text and the columns that
 * queries select on.
 *
 * @param kind {@code record}, {@code person}, {@code footnote} or {@code element} (header elements
 *     and the people tags)
 * @param body the part's exact text, with the white space before it
 * @param name a record's service name, else null
 * @param portLow a record's first port, else null
 * @param portHigh a record's last port, else null
 * @param transport a record's transport token, else null
 * @param personId a person's ID, else null
 */
record DocumentPart(
    String kind,
    String body,
    String name,
    Integer portLow,
    Integer portHigh,
    String transport,
    String personId) {

  DocumentPart {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
  }

  /** The part for {@code value}, a parsed part of a registry, spelled {@code body}. */
  static DocumentPart of(Object value, String body) {
    if (value instanceof ServiceRecord r) {
      PortRange number = r.number().orElse(null);
      return new DocumentPart(
          "record",
          body,
          r.name().orElse(null),
          number == null ? null : number.first(),
          number == null ? null : number.last(),
          r.protocol().map(p -> p.token()).orElse(null),
          null);
    }
    if (value instanceof Person p) {
      return new DocumentPart("person", body, null, null, null, null, p.id());
    }
    String kind = value instanceof Footnote ? "footnote" : "element";
    return new DocumentPart(kind, body, null, null, null, null, null);
  }

  /** The service name folded for case-insensitive search, or null. */
  String nameKey() {
    return name == null ? null : name.toLowerCase(Locale.ROOT);
  }
}
