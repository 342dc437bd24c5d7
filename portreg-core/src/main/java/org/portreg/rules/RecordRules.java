package org.portreg.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;

/**
 * Decides what a record is from its fields: its {@link RecordStatus} and, for a historic name (RFC
 * 6335 §10.1), its well-formed replacement. The one place that reads the registry's status words.
 * Thread-safe, stateless.
 */
public final class RecordRules {
  private static final Pattern ALIAS =
      Pattern.compile("This entry is an alias to \"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

  private RecordRules() {}

  /**
   * The status of a record. A record with a service name is assigned unless its description says it
   * was de-registered, removed or deprecated; a record without a name takes its status from the
   * word its description starts with (the registry's own convention: "Unassigned", "Reserved",
   * "De-registered", "Removed", "Deprecated", "any private ...").
   */
  public static RecordStatus statusOf(ServiceRecord record) {
    String text = record.description().plain().strip().toLowerCase(Locale.ROOT);
    if (record.serviceName().isPresent()) {
      RecordStatus withdrawn = withdrawnKind(text);
      return withdrawn != null ? withdrawn : RecordStatus.ASSIGNED;
    }
    RecordStatus withdrawn = withdrawnKind(text);
    if (withdrawn != null) {
      return withdrawn;
    }
    if (text.startsWith("unassigned") || text.startsWith("(unassigned)")) {
      return RecordStatus.UNASSIGNED;
    }
    if (text.startsWith("reserved")) {
      return RecordStatus.RESERVED;
    }
    if (text.startsWith("any private")) {
      return RecordStatus.PRIVATE_USE;
    }
    if (text.startsWith("decomissioned") || text.startsWith("de-commissioned")) {
      return RecordStatus.DECOMMISSIONED;
    }
    return RecordStatus.UNCLASSIFIED;
  }

  private static RecordStatus withdrawnKind(String text) {
    if (text.equals("de-registered")) {
      return RecordStatus.DEREGISTERED;
    }
    if (text.equals("removed")) {
      return RecordStatus.REMOVED;
    }
    if (text.equals("deprecated")) {
      return RecordStatus.DEPRECATED;
    }
    return null;
  }

  /**
   * For a historic service name (one that breaks the §5.1 syntax and that the registry marks as an
   * alias), the well-formed name that replaces it.
   */
  public static Optional<String> replacementOf(ServiceRecord record) {
    Optional<String> name = record.serviceName();
    if (name.isEmpty() || ServiceNames.isValid(name.get()) || record.notes().isEmpty()) {
      return Optional.empty();
    }
    Matcher m = ALIAS.matcher(record.notes().get().plain());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Whether the record carries a historic name (§10.1): read-only, an alias of another. */
  public static boolean isHistoric(ServiceRecord record) {
    return replacementOf(record).isPresent();
  }
}
