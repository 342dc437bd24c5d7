package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalRequests;
import org.portreg.local.Verdict;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.rules.PortSpace;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.Warning;

/** Requests as text for people: one summary line, or the whole request with its history. */
final class RequestText {
  private RequestText() {}

  /** {@code request #12 CHECKED quokka-sync any-user/tcp}. */
  static String summary(StoredRequest r) {
    return "request #" + r.id() + " " + r.state() + " " + r.request().serviceName() + " " + port(r);
  }

  /**
   * {@code 4711/tcp,udp}, {@code any-user/tcp} or {@code name only}; for a local request {@code
   * 31000-31009/tcp (local)} or {@code name only (local)}.
   */
  static String port(StoredRequest r) {
    Optional<LocalAssignment> entry = LocalRequests.entry(r);
    if (entry.isPresent()) {
      LocalAssignment e = entry.get();
      return (e.ports().isPresent() ? e.portsText() : "name only") + " (local)";
    }
    AssignmentRequest request = r.request();
    String transports =
        request.transports().stream().map(Transport::token).collect(Collectors.joining(","));
    if (request.port() instanceof PortChoice.Specific specific) {
      return specific.port() + "/" + transports;
    }
    if (request.port() instanceof PortChoice.Any any) {
      return (any.space() == PortSpace.SYSTEM ? "any-system/" : "any-user/") + transports;
    }
    return transports.isEmpty() ? "name only" : "name only/" + transports;
  }

  /** An instant to the second, as people read it in a list. */
  static String time(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** The whole request, its history and, for a reviewer, the warnings for the expert. */
  static void details(
      PrintStream out,
      StoredRequest r,
      List<RequestEvent> events,
      Optional<List<Warning>> warnings,
      Optional<Verdict> check) {
    out.println(summary(r));
    field(out, "applicant", r.applicant());
    field(out, "submitted", time(r.submittedAt()));
    field(out, "updated", time(r.updatedAt()));
    r.outcome().ifPresent(o -> field(out, "outcome", o));
    Optional<LocalAssignment> entry = LocalRequests.entry(r);
    if (entry.isPresent()) {
      local(out, entry.get());
    } else {
      iana(out, r.request());
    }
    out.println("history:");
    events.forEach(e -> out.println("  " + event(e)));
    warnings.ifPresent(list -> warnings(out, list));
    check.ifPresent(v -> LocalRequestCheck.print(out, v));
  }

  private static void local(PrintStream out, LocalAssignment e) {
    field(out, "target", "local registry");
    field(out, "owner", e.owner());
    optional(out, "contact", e.contact());
    field(out, "scope", e.scope().word());
    optional(out, "tags", String.join(",", e.tags()));
    optional(out, "description", e.description());
    e.since().ifPresent(d -> field(out, "since", d.toString()));
    e.expires().ifPresent(d -> field(out, "expires", d.toString()));
    optional(out, "notes", e.notes());
  }

  private static void optional(PrintStream out, String name, String value) {
    if (!value.isEmpty()) {
      field(out, name, value);
    }
  }

  private static void iana(PrintStream out, AssignmentRequest q) {
    field(out, "description", q.description());
    q.assignee().ifPresent(c -> field(out, "assignee", contact(c)));
    q.contact().ifPresent(c -> field(out, "contact", contact(c)));
    q.references().forEach(x -> field(out, "reference", reference(x)));
    q.serviceCode().ifPresent(c -> field(out, "service code", Long.toString(c)));
    q.unauthorizedUses().ifPresent(t -> field(out, "unauthorized", t));
    q.assignmentNotes().ifPresent(t -> field(out, "notes", t));
    q.broadcastUse().ifPresent(t -> field(out, "broadcast", t));
    q.congestionControl().ifPresent(t -> field(out, "congestion", t));
  }

  private static void warnings(PrintStream out, List<Warning> warnings) {
    out.println("warnings for the expert:" + (warnings.isEmpty() ? " none" : ""));
    warnings.forEach(w -> out.println("  " + w.code() + ": " + w.message()));
  }

  private static void field(PrintStream out, String name, String value) {
    out.printf(Locale.ROOT, "  %-13s %s%n", name, value.replace("\n", "\n                "));
  }

  /** {@code Jane Doe (Example) <jane@example.org> [Jane_Doe]}. */
  static String contact(Contact c) {
    String org = c.organization().map(o -> " (" + o + ")").orElse("");
    return c.name() + org + " <" + c.uri() + "> [" + c.id() + "]";
  }

  private static String reference(Xref x) {
    String section = x.section().map(s -> " section " + s).orElse("");
    return x.type().token() + " " + x.target() + section;
  }

  /** {@code 2026-11-22T13:00:00Z APPROVE by jane (EXPERT): EXPERT_REVIEW -> APPROVED: reason}. */
  static String event(RequestEvent e) {
    String from = e.from().map(s -> s + " -> ").orElse("");
    return time(e.at())
        + " "
        + e.action()
        + " by "
        + e.actor()
        + " ("
        + e.role()
        + "): "
        + from
        + e.to()
        + ": "
        + e.reason();
  }
}
