package org.portreg.server.workflow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalRequests;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.server.web.view.AdminPage;
import org.portreg.server.web.view.RequestRow;
import org.portreg.server.web.view.StatusPage;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.AuditEntry;
import org.portreg.workflow.Contact;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/** Builds the workflow pages' view models from what the store holds. Stateless. */
final class WorkflowModels {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private WorkflowModels() {}

  static String time(Instant at) {
    return TIME.format(at);
  }

  /** A request's row; {@code warnings} is -1 when not counted. */
  static RequestRow row(StoredRequest stored, int warnings) {
    AssignmentRequest request = stored.request();
    Optional<LocalAssignment> entry = LocalRequests.entry(stored);
    return new RequestRow(
        stored.id(),
        request.serviceName(),
        transports(request),
        entry.map(WorkflowModels::ports).orElseGet(() -> port(request.port())),
        label(stored.state()),
        "state-" + stored.state().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        stored.applicant(),
        time(stored.submittedAt()),
        warnings,
        adminAction(stored.state()),
        entry.isPresent());
  }

  private static String ports(LocalAssignment entry) {
    return entry.ports().map(Object::toString).orElse("none (service name only)");
  }

  /** Which registry a request is for, as the status page says it. */
  static String target(StoredRequest stored) {
    return stored.isLocal() ? "Local registry (docs/local.md)" : "IANA";
  }

  /** What anyone may read of a local request's entry besides name, ports and description. */
  static List<StatusPage.Item> facts(StoredRequest stored) {
    List<StatusPage.Item> items = new ArrayList<>();
    LocalRequests.entry(stored)
        .ifPresent(
            e -> {
              items.add(new StatusPage.Item("Owner", e.owner()));
              items.add(new StatusPage.Item("Scope", e.scope().word()));
              if (!e.tags().isEmpty()) {
                items.add(new StatusPage.Item("Tags", String.join(", ", e.tags())));
              }
              e.since().ifPresent(d -> items.add(new StatusPage.Item("Since", d.toString())));
              e.expires().ifPresent(d -> items.add(new StatusPage.Item("Expires", d.toString())));
            });
    return items;
  }

  /** The private details of a request: of a local one its contact and notes. */
  static List<StatusPage.Item> details(StoredRequest stored) {
    Optional<LocalAssignment> entry = LocalRequests.entry(stored);
    if (entry.isEmpty()) {
      return details(stored.request());
    }
    List<StatusPage.Item> items = new ArrayList<>();
    if (!entry.get().contact().isEmpty()) {
      items.add(new StatusPage.Item("Contact", entry.get().contact()));
    }
    if (!entry.get().notes().isEmpty()) {
      items.add(new StatusPage.Item("Notes", entry.get().notes()));
    }
    return items;
  }

  private static String adminAction(RequestState state) {
    return switch (state) {
      case SUBMITTED -> RequestAction.CHECK.name();
      case AWAITING_IETF_APPROVAL -> RequestAction.RECORD_APPROVAL.name();
      case APPROVED -> RequestAction.ASSIGN.name();
      default -> null;
    };
  }

  static String transports(AssignmentRequest request) {
    return request.transports().isEmpty()
        ? "none"
        : request.transports().stream().map(Transport::token).collect(Collectors.joining(", "));
  }

  static String port(PortChoice choice) {
    if (choice instanceof PortChoice.Specific specific) {
      return Integer.toString(specific.port());
    }
    if (choice instanceof PortChoice.Any any) {
      return "any "
          + any.space().name().charAt(0)
          + any.space().name().substring(1).toLowerCase(Locale.ROOT)
          + " port";
    }
    return "none (service name only)";
  }

  /** The state as people read it: {@code EXPERT_REVIEW} is "Expert review". */
  static String label(RequestState state) {
    return words(state.name()).replace("ietf", "IETF");
  }

  /** What the button of {@code action} says. */
  static String label(RequestAction action) {
    return switch (action) {
      case ASK_INFORMATION -> "Ask for information";
      case PROVIDE_INFORMATION -> "Provide information";
      case RECORD_APPROVAL -> "Record IETF approval";
      default -> words(action.name());
    };
  }

  private static String words(String name) {
    String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static StatusPage.Event event(RequestEvent event) {
    return new StatusPage.Event(
        time(event.at()),
        event.actor(),
        event.role().toLowerCase(Locale.ROOT),
        words(event.action()),
        label(event.to()),
        event.reason());
  }

  /** The request's private details: contacts, references and the applicant's answers. */
  static List<StatusPage.Item> details(AssignmentRequest request) {
    List<StatusPage.Item> items = new ArrayList<>();
    request.assignee().ifPresent(c -> items.add(new StatusPage.Item("Assignee", contact(c))));
    request.contact().ifPresent(c -> items.add(new StatusPage.Item("Contact", contact(c))));
    if (!request.references().isEmpty()) {
      String refs =
          request.references().stream().map(Xref::target).collect(Collectors.joining("\n"));
      items.add(new StatusPage.Item("References", refs));
    }
    request
        .serviceCode()
        .ifPresent(c -> items.add(new StatusPage.Item("DCCP service code", c.toString())));
    add(items, "Known unauthorized uses", request.unauthorizedUses());
    add(items, "Assignment notes", request.assignmentNotes());
    add(items, "Broadcast or multicast use", request.broadcastUse());
    add(items, "Behaviour under congestion", request.congestionControl());
    return items;
  }

  private static void add(List<StatusPage.Item> items, String label, Optional<String> value) {
    value.ifPresent(v -> items.add(new StatusPage.Item(label, v)));
  }

  private static String contact(Contact c) {
    String org = c.organization().map(o -> ", " + o).orElse("");
    return c.name() + org + " [" + c.id() + "] " + c.uri();
  }

  static AdminPage.UserRow user(User user) {
    return new AdminPage.UserRow(
        user.username(),
        user.displayName(),
        user.email(),
        user.roles().stream().map(Role::word).toList(),
        user.expertFor().stream().map(Transport::token).toList(),
        user.active());
  }

  static AdminPage.AuditRow audit(AuditEntry entry) {
    return new AdminPage.AuditRow(
        time(entry.at()), entry.actor(), entry.action(), entry.target(), entry.reason());
  }
}
