package org.portreg.local;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/** Parses the scalar values of policy and assignment files, failing at their place. Stateless. */
final class Values {
  private Values() {}

  /** A port ({@code 8080}) or inclusive range ({@code 30000-32767}). */
  static PortRange portRange(Fields f, Node.Scalar s) {
    try {
      return PortRange.parse(s.text().strip());
    } catch (IllegalArgumentException e) {
      throw f.fail(s, e.getMessage());
    }
  }

  /** A transport token. */
  static Transport transport(Fields f, Node.Scalar s) {
    return Transport.parse(s.text().strip())
        .orElseThrow(
            () -> f.fail(s, "transport must be tcp, udp, sctp or dccp, was '" + s.text() + "'"));
  }

  /** A date {@code YYYY-MM-DD}. */
  static LocalDate date(Fields f, Node.Scalar s, String key) {
    try {
      return LocalDate.parse(s.text().strip());
    } catch (DateTimeParseException e) {
      throw f.fail(s, "'" + key + "' must be a date YYYY-MM-DD, was '" + s.text() + "'");
    }
  }
}
