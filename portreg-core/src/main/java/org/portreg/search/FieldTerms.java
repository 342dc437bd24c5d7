package org.portreg.search;

import java.util.Locale;
import java.util.Optional;
import org.portreg.format.RecordColumns;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;

/** The structured terms ({@code key:value}) beyond the registry's own search. */
final class FieldTerms {
  private FieldTerms() {}

  /** {@code port:80} or {@code port:4539-4544}: the record's port or range overlaps. */
  record PortTerm(PortRange ports) implements Term {
    @Override
    public boolean matches(Candidate row) {
      return row.record().number().map(ports::overlaps).orElse(false);
    }
  }

  /**
   * {@code proto:sctp}: the record's transport; a record with a port but no protocol (the
   * registry's Unassigned and Reserved ranges) counts as tcp and udp.
   */
  record ProtoTerm(Transport transport) implements Term {
    @Override
    public boolean matches(Candidate row) {
      ServiceRecord r = row.record();
      if (r.protocol().isPresent()) {
        return r.protocol().get() == transport;
      }
      return r.number().isPresent() && (transport == Transport.TCP || transport == Transport.UDP);
    }
  }

  /** {@code status:reserved}: a base status (assigned, reserved, unassigned) or a legacy kind. */
  record StatusTerm(Optional<RecordStatus.Base> base, Optional<RecordStatus> kind) implements Term {
    @Override
    public boolean matches(Candidate row) {
      return base.map(b -> row.kind().base() == b).orElseGet(() -> kind.get() == row.kind());
    }

    @Override
    public boolean admitsUnassigned() {
      return base.map(b -> b == RecordStatus.Base.UNASSIGNED)
          .orElseGet(() -> kind.get() == RecordStatus.UNASSIGNED);
    }
  }

  /** {@code name:http*}: the whole service name against a glob ({@code *} = any characters). */
  record NameTerm(Glob glob) implements Term {
    static NameTerm of(String glob) {
      return new NameTerm(Glob.of(glob));
    }

    @Override
    public boolean matches(Candidate row) {
      return row.record().serviceName().map(glob::matches).orElse(false);
    }
  }

  /** {@code assignee:IESG}: one of the Assignee column's IDs, case-insensitively. */
  record AssigneeTerm(String id) implements Term {
    @Override
    public boolean matches(Candidate row) {
      return row.record().assigneeIds().stream().anyMatch(a -> a.equalsIgnoreCase(id));
    }
  }

  /** {@code ref:rfc9110}: one of the Reference column's entries, case-insensitively. */
  record RefTerm(String reference) implements Term {
    @Override
    public boolean matches(Candidate row) {
      return row.record().references().stream()
          .anyMatch(x -> RecordColumns.reference(x).equalsIgnoreCase(reference));
    }
  }

  /**
   * {@code updated:>=2025-01-01}: the Modification Date, or the Registration Date of a record never
   * modified. Two dates compare at the coarser of their precisions, so {@code 2025-01} equals
   * {@code 2025-01-15} and {@code updated:2025} finds every date in 2025.
   */
  record UpdatedTerm(String operator, PartialDate date) implements Term {
    @Override
    public boolean matches(Candidate row) {
      Optional<PartialDate> when = row.record().updated().or(() -> row.record().registered());
      if (when.isEmpty()) {
        return false;
      }
      int order = compareCoarsely(when.get(), date);
      return switch (operator) {
        case ">=" -> order >= 0;
        case "<=" -> order <= 0;
        case ">" -> order > 0;
        case "<" -> order < 0;
        default -> order == 0;
      };
    }

    static int compareCoarsely(PartialDate a, PartialDate b) {
      int precision = Math.min(a.precision().ordinal(), b.precision().ordinal());
      int order = Integer.compare(a.year(), b.year());
      if (order != 0 || precision == PartialDate.Precision.YEAR.ordinal()) {
        return order;
      }
      order = Integer.compare(a.month(), b.month());
      if (order != 0 || precision == PartialDate.Precision.MONTH.ordinal()) {
        return order;
      }
      return Integer.compare(a.day(), b.day());
    }
  }

  /** The lower-case key of a structured term. */
  static String key(String token) {
    int colon = token.indexOf(':');
    return colon < 0 ? "" : token.substring(0, colon).toLowerCase(Locale.ROOT);
  }
}
