package org.portreg.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.portreg.index.RegistryIndex;
import org.portreg.rules.ServiceNames;

/**
 * {@code check}: the verdict on a port or name against IANA's registry (assigned, reserved, the
 * Dynamic range, taken names, historic aliases, RFC 6335 syntax), the policy's reserved ranges and
 * the local assignments. Immutable and thread-safe.
 */
public final class Checker {
  private final IanaFindings iana;
  private final Policy policy;
  private final List<LocalAssignment> local;
  private final List<Acknowledgement> acknowledged;

  /**
   * A checker over one IANA version, the policy in force and the local assignments.
   *
   * @param acknowledged findings of local assignments that someone decided to live with; {@link
   *     #checkAll()} reports them as warnings
   */
  public Checker(
      RegistryIndex index,
      Policy policy,
      List<LocalAssignment> local,
      List<Acknowledgement> acknowledged) {
    this.iana = new IanaFindings(Objects.requireNonNull(index, "index"));
    this.policy = Objects.requireNonNull(policy, "policy");
    this.local = List.copyOf(local);
    this.acknowledged = List.copyOf(acknowledged);
  }

  /** The verdict on one item, with every reason. */
  public Verdict check(CheckItem item) {
    List<Finding> findings = new ArrayList<>();
    if (item instanceof CheckItem.Port p) {
      findings.addAll(iana.ports(p.ports(), p.transports()));
      findings.addAll(policyFindings(p.ports(), p.transports()));
      for (LocalAssignment a : local) {
        if (a.overlaps(asAssignment(p))) {
          findings.add(held(a));
        }
      }
    } else {
      String name = ((CheckItem.Name) item).name();
      findings.addAll(nameFindings(name));
      local.stream()
          .filter(a -> ServiceNames.same(a.name(), name))
          .map(Checker::held)
          .forEach(findings::add);
    }
    return new Verdict(item.text(), findings);
  }

  /**
   * The verdict on a candidate assignment against IANA, the policy and every other local assignment
   * (one of the same name is taken to be the candidate itself), without acknowledgements.
   */
  public Verdict checkAssignment(LocalAssignment candidate) {
    return verdict(candidate, true);
  }

  /**
   * The verdict on a requested entry, as its reviewer sees it: as {@link #checkAssignment}, except
   * that a current local assignment of the same name is a finding too (until the request is
   * assigned, an entry of that name is someone else's).
   */
  public Verdict checkRequest(LocalAssignment candidate) {
    return verdict(candidate, false);
  }

  private Verdict verdict(LocalAssignment candidate, boolean sameNameIsItself) {
    List<Finding> findings = new ArrayList<>(nameFindings(candidate.name()));
    if (candidate.ports().isPresent()) {
      findings.addAll(iana.ports(candidate.ports().get(), candidate.transports()));
      findings.addAll(policyFindings(candidate.ports().get(), candidate.transports()));
    }
    for (LocalAssignment other : local) {
      boolean same = other.key().equals(candidate.key());
      if (same ? !sameNameIsItself : other.overlaps(candidate)) {
        findings.add(held(other));
      }
    }
    return new Verdict(label(candidate), findings);
  }

  /**
   * {@code check --all}: every local assignment, in order, with acknowledged findings downgraded.
   */
  public List<Verdict> checkAll() {
    List<Verdict> verdicts = new ArrayList<>();
    for (LocalAssignment a : local) {
      Verdict raw = checkAssignment(a);
      verdicts.add(
          new Verdict(raw.item(), raw.findings().stream().map(f -> acknowledge(a, f)).toList()));
    }
    return verdicts;
  }

  private Finding acknowledge(LocalAssignment a, Finding f) {
    for (Acknowledgement ack : acknowledged) {
      if (ServiceNames.same(ack.name(), a.name()) && ack.findingKey().equals(f.key())) {
        return f.downgraded("acknowledged: " + ack.reason());
      }
    }
    return f;
  }

  private List<Finding> nameFindings(String name) {
    List<Finding> findings = new ArrayList<>();
    ServiceNames.violation(name)
        .ifPresent(
            v ->
                findings.add(
                    new Finding(Severity.CONFLICT, Finding.Kind.NAME_SYNTAX, v, "syntax")));
    findings.addAll(iana.name(name));
    return findings;
  }

  private List<Finding> policyFindings(
      org.portreg.model.PortRange ports, java.util.Set<org.portreg.model.Transport> transports) {
    List<Finding> findings = new ArrayList<>();
    for (PolicyRule r : policy.overlapping(ports, transports)) {
      findings.add(
          new Finding(
              r.severity(),
              Finding.Kind.POLICY,
              "in policy range " + r.portsText() + ": " + r.reason() + "; " + r.origin(),
              "policy:" + (r.preset().isEmpty() ? r.source() : r.preset()) + ":" + r.ports()));
    }
    return findings;
  }

  private static Finding held(LocalAssignment a) {
    return new Finding(
        Severity.CONFLICT,
        Finding.Kind.LOCAL,
        "held by local assignment "
            + a.name()
            + " ("
            + a.portsText()
            + ", owner "
            + a.owner()
            + ")",
        "local:" + a.key());
  }

  private static LocalAssignment asAssignment(CheckItem.Port p) {
    return LocalAssignment.of("query", java.util.Optional.of(p.ports()), p.transports(), "query");
  }

  private static String label(LocalAssignment a) {
    return a.ports().isEmpty() ? a.name() : a.name() + " " + a.portsText();
  }
}
