package org.portreg.lint;

import java.util.Optional;

/**
 * Every rule lint applies, with its id, severity and what it checks. Documented in docs/lint.md.
 */
public enum LintRule {
  /** A service name that breaks RFC 6335 §5.1 and is not a historic name with a replacement. */
  NAME_SYNTAX("name-syntax", Severity.ERROR, "service name breaks RFC 6335 section 5.1"),
  /** A historic name whose replacement is not a service name of the registry. */
  ALIAS_TARGET("alias-target", Severity.ERROR, "historic alias names a replacement that is absent"),
  /** Two records for the same name, port and transport. */
  DUPLICATE_RECORD("duplicate-record", Severity.ERROR, "same name, port and transport twice"),
  /** An assigned record in the Dynamic range. */
  DYNAMIC_RANGE("dynamic-range", Severity.WARNING, "assignment inside the Dynamic range"),
  /** An assigned record that names no assignee and no contact. */
  NO_ASSIGNEE("no-assignee", Severity.WARNING, "assigned record without assignee or contact"),
  /** A person referenced by a record but missing from the people table. */
  PERSON_UNDEFINED("person-undefined", Severity.ERROR, "person referenced but not defined"),
  /** A person of the people table no record references. */
  PERSON_UNUSED("person-unused", Severity.INFO, "person defined but never referenced"),
  /** A temporary allocation whose expiry date has passed. */
  EXPIRED_TEMPORARY("expired-temporary", Severity.WARNING, "temporary allocation has expired"),
  /** A status word in a description that contradicts the record's status. */
  STATUS_WORD("status-word", Severity.WARNING, "status word in a description of another status"),
  /** One service name on several unrelated ports. */
  NAME_SEVERAL_PORTS("name-several-ports", Severity.INFO, "one name on unrelated ports"),
  /** An SCTP or DCCP record without the TCP or UDP assignment of the same name and port. */
  TRANSPORT_PAIR("transport-pair", Severity.INFO, "sctp/dccp record without tcp/udp record"),
  /** A registration or modification date without month or day. */
  PARTIAL_DATE("partial-date", Severity.INFO, "date without month or day"),
  /** A reference whose spelling differs from the registry's usual one. */
  REFERENCE_SPELLING("reference-spelling", Severity.WARNING, "reference written inconsistently"),
  /** A container or Service port name that breaks RFC 6335 §5.1. */
  PORT_NAME("port-name", Severity.ERROR, "port name breaks RFC 6335 section 5.1"),
  /** An {@code appProtocol} that is neither an IANA service name nor domain-prefixed. */
  APP_PROTOCOL("app-protocol", Severity.ERROR, "appProtocol is not an IANA service name"),
  /** A port IANA assigns to another service than the one the manifest names. */
  PORT_ASSIGNED("port-assigned", Severity.WARNING, "port assigned by IANA to another service"),
  /** A port in the Dynamic range, where the kernel picks ephemeral ports. */
  PORT_DYNAMIC("port-dynamic", Severity.WARNING, "port inside the Dynamic range"),
  /** A nodePort outside the cluster's NodePort range. */
  NODE_PORT_RANGE("node-port-range", Severity.ERROR, "nodePort outside the NodePort range"),
  /** A port value that is not a number in 1..65535. */
  PORT_VALUE("port-value", Severity.ERROR, "port is not a number in 1..65535");

  private final String id;
  private final Severity severity;
  private final String summary;

  LintRule(String id, Severity severity, String summary) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
  }

  /** The id users select rules by, such as {@code name-syntax}. */
  public String id() {
    return id;
  }

  /** The severity of the rule's findings. */
  public Severity severity() {
    return severity;
  }

  /** A one-line description of what the rule checks. */
  public String summary() {
    return summary;
  }

  /** Whether the rule checks manifests rather than registry files. */
  public boolean isManifestRule() {
    return ordinal() >= PORT_NAME.ordinal();
  }

  /** The rule with {@code id}, compared exactly. */
  public static Optional<LintRule> byId(String id) {
    for (LintRule r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
