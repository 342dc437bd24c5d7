package org.portreg.server.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.portreg.local.Finding;
import org.portreg.local.LocalAssignment;
import org.portreg.local.PolicyRule;
import org.portreg.local.Verdict;
import org.portreg.server.web.LocalRows;
import org.portreg.store.DriftLog.Stated;

/** The view models of the local registry's pages, built from the domain. Stateless. */
public final class LocalModels {
  private LocalModels() {}

  /** One local entry in a list. */
  public record Row(
      String name, String href, String ports, String owner, String scope, String description) {}

  /** {@code GET /local}: the entries matching {@code search} (all when it is empty). */
  public record ListPage(String search, List<Row> rows, int total) {}

  /** A label and its value on an entry's page. */
  public record Fact(String label, String value) {}

  /** One finding of a verdict; {@code severity} is {@code conflict} or {@code warning}. */
  public record FindingView(String severity, String kind, String message, String key) {}

  /** A verdict: the item, {@code free}, {@code conflict} or {@code warning}, and why. */
  public record VerdictView(String item, String href, String status, List<FindingView> findings) {}

  /** An open drift alert, with the finding's key an acknowledgement names. */
  public record AlertView(String message, String key) {}

  /** One stored state of an entry. */
  public record StateView(String from, String to, String by, String ports, String owner) {}

  /**
   * {@code GET /local/{name}}.
   *
   * @param drift the open drift alerts of the entry (of the newest versions), one per finding
   * @param version the names of the IANA versions that raised them
   * @param csrf the token of the acknowledge form, or null when the reader may not acknowledge
   */
  public record EntryPage(
      String name,
      List<Fact> facts,
      VerdictView verdict,
      List<AlertView> drift,
      String version,
      List<StateView> history,
      String csrf) {}

  /** {@code GET /local/conflicts}: every entry checked, with the counts. */
  public record ConflictsPage(
      String version, List<VerdictView> verdicts, long conflicts, long warnings, int rules) {}

  /** One rule of the policy. */
  public record RuleView(String ports, String severity, String reason, String origin) {}

  static Row row(LocalAssignment a) {
    return new Row(
        a.name(), href(a.name()), a.portsText(), a.owner(), a.scope().word(), a.description());
  }

  static String href(String name) {
    return LocalRows.href(name);
  }

  /** The view of verdict {@code v}; {@code href} links its item, or null. */
  public static VerdictView verdict(Verdict v, String href) {
    return new VerdictView(
        v.item(), href, v.status(), v.findings().stream().map(LocalModels::finding).toList());
  }

  private static FindingView finding(Finding f) {
    return new FindingView(f.severity().word(), f.kind().word(), f.message(), f.key());
  }

  static RuleView rule(PolicyRule r) {
    return new RuleView(r.portsText(), r.severity().word(), r.reason(), r.origin());
  }

  static List<Fact> facts(LocalAssignment a) {
    return List.of(
        new Fact("Ports", a.portsText()),
        new Fact("Owner", a.owner()),
        new Fact("Contact", a.contact()),
        new Fact("Scope", a.scope().word()),
        new Fact("Tags", String.join(", ", a.tags())),
        new Fact("Description", a.description()),
        new Fact("Since", a.since().map(Object::toString).orElse("")),
        new Fact("Expires", a.expires().map(Object::toString).orElse("")),
        new Fact("Notes", a.notes()));
  }

  /** The banner's alerts: one per finding key (an acknowledgement covers every version's). */
  static List<AlertView> alerts(List<Stated> open) {
    Map<String, AlertView> byKey = new LinkedHashMap<>();
    for (Stated s : open) {
      Finding f = s.alert().finding();
      byKey.putIfAbsent(f.key(), new AlertView(f.message(), f.key()));
    }
    return List.copyOf(byKey.values());
  }

  /** Whether {@code a} matches {@code search}: a port it holds, or text in its name or owner. */
  static boolean matches(LocalAssignment a, String search) {
    String s = search.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return true;
    }
    if (s.chars().allMatch(Character::isDigit) && s.length() <= 5) {
      int port = Integer.parseInt(s);
      if (a.ports().map(p -> p.contains(port)).orElse(false)) {
        return true;
      }
    }
    return a.name().toLowerCase(Locale.ROOT).contains(s)
        || a.owner().toLowerCase(Locale.ROOT).contains(s)
        || a.description().toLowerCase(Locale.ROOT).contains(s);
  }
}
