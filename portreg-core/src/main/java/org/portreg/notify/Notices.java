package org.portreg.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.portreg.model.Person;
import org.portreg.model.RecordStatus;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.rules.RecordRules;
import org.portreg.rules.ServiceNames;
import org.portreg.workflow.ChangeAction;
import org.portreg.workflow.Permissions;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.RevocationState;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/**
 * Who hears what (issue 18, docs/notifications.md): the applicant on every state change of their
 * request, the experts of the request's transports (of a local request, the local experts) when it
 * enters their queue, the administrators when it waits for an assignment or an IETF approval, the
 * assignee when an assignment is modified, transferred, de-assigned or revoked, and when its
 * revocation is proposed or the proposal withdrawn (§8.4). Each recipient's {@link
 * NotifyPreference} filters what they get. Pure and stateless: the same step and members give the
 * same messages.
 */
public final class Notices {
  private static final String PREFIX = "[portreg] ";

  private Notices() {}

  /** The messages one step of a request causes, given every user and their preference. */
  public static List<Message> forStep(RequestStep step, List<Member> members) {
    Optional<StepText.Notice> notice = StepText.forApplicant(step);
    List<Message> messages = new ArrayList<>();
    StoredRequest request = step.request();
    notice.ifPresent(
        n ->
            members.stream()
                .filter(m -> m.user().username().equals(request.applicant()))
                .filter(m -> m.user().active() && m.preference().wants(n.decision()))
                .forEach(m -> messages.add(requestMessage(m.user(), request, n, step))));
    StepText.forStaff(step)
        .ifPresent(
            n ->
                members.stream()
                    .filter(staff(step))
                    .filter(m -> m.preference().wants(n.decision()))
                    .forEach(m -> messages.add(requestMessage(m.user(), request, n, step))));
    return List.copyOf(messages);
  }

  private static Predicate<Member> staff(RequestStep step) {
    Role role = StepText.staffRole(step.to());
    // The experts of a request: those of its transports, or the local experts of a local one.
    return m ->
        role == Role.EXPERT
            ? Permissions.reviewsAsExpert(m.user(), step.request())
            : Permissions.holds(m.user(), role);
  }

  private static Message requestMessage(
      User to, StoredRequest request, StepText.Notice notice, RequestStep step) {
    String name = request.request().serviceName();
    List<String> lines = new ArrayList<>(notice.lines());
    lines.add("Reason: " + step.reason());
    List<ServiceRecord> records = step.change().map(RegistryChange::after).orElse(List.of());
    return MailText.compose(
        to.email(),
        PREFIX + "Request #" + request.id() + " (" + name + "): " + notice.subject(),
        lines,
        records,
        Message.BASE + "/requests/" + request.id());
  }

  /**
   * The messages a lifecycle change causes: one to each assignee of the records before and after
   * (by the e-mail addresses of the people table), unless a user with that address wants none. An
   * assignment (through a request) and a reuse tell nobody here.
   */
  public static List<Message> forChange(
      RegistryChange change, String serviceName, String reason, List<Member> members) {
    if (change.action() == ChangeAction.ASSIGN || change.action() == ChangeAction.REUSE) {
      return List.of();
    }
    String verb = change.action().name().toLowerCase(Locale.ROOT).replace('_', '-');
    List<Message> messages = new ArrayList<>();
    for (String address : assigneeAddresses(change)) {
      if (wantsDecisions(address, members)) {
        messages.add(
            MailText.compose(
                address,
                PREFIX + "Assignment '" + serviceName + "': " + verb,
                List.of(
                    "The assignment of '" + serviceName + "' was changed: " + change.summary(),
                    "Reason: " + reason),
                change.after(),
                Message.BASE + "/service/" + serviceName));
      }
    }
    return List.copyOf(messages);
  }

  /**
   * The messages a proposed revocation in its present state causes: to each assignee of the
   * service's assigned records in {@code registry} (by the e-mail addresses of the people table),
   * unless a user with that address wants none; "proposed for revocation" for an open proposal,
   * "revocation withdrawn" for a withdrawn one, nothing for a revoked one.
   */
  public static List<Message> forRevocation(
      RevocationProposal proposal, Registry registry, List<Member> members) {
    Optional<StepText.Notice> notice = StepText.forRevocation(proposal);
    if (notice.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(notice.get().lines());
    lines.add("Reason: " + reasonOf(proposal));
    List<ServiceRecord> records = assignedRecords(registry, proposal.serviceName());
    List<Message> messages = new ArrayList<>();
    for (String address : assigneeAddresses(records, registry)) {
      if (wantsDecisions(address, members)) {
        messages.add(
            MailText.compose(
                address,
                PREFIX + "Assignment '" + proposal.serviceName() + "': " + notice.get().subject(),
                lines,
                records,
                Message.BASE + "/revocations/" + proposal.id()));
      }
    }
    return List.copyOf(messages);
  }

  private static String reasonOf(RevocationProposal proposal) {
    return proposal.state() == RevocationState.OPEN
        ? proposal.reason()
        : proposal.closure().map(RevocationProposal.Closure::reason).orElse(proposal.reason());
  }

  /** The assigned records of a name; none when the registry no longer has it. */
  private static List<ServiceRecord> assignedRecords(Registry registry, String serviceName) {
    return registry.records().stream()
        .filter(r -> r.serviceName().filter(n -> ServiceNames.same(n, serviceName)).isPresent())
        .filter(r -> RecordRules.statusOf(r) == RecordStatus.ASSIGNED)
        .toList();
  }

  private static boolean wantsDecisions(String address, List<Member> members) {
    return members.stream()
        .filter(m -> m.user().email().equalsIgnoreCase(address))
        .allMatch(m -> m.preference().wants(true));
  }

  /** The e-mail addresses of the assignees before and after, in order, each once. */
  static List<String> assigneeAddresses(RegistryChange change) {
    List<ServiceRecord> records = new ArrayList<>(change.before());
    records.addAll(change.after());
    return assigneeAddresses(records, change.registry());
  }

  /** The e-mail addresses of the assignees of {@code records}, in order, each once. */
  private static List<String> assigneeAddresses(List<ServiceRecord> records, Registry registry) {
    Map<String, String> byLowerCase = new LinkedHashMap<>();
    for (ServiceRecord r : records) {
      for (String id : r.assigneeIds()) {
        registry.people().stream()
            .filter(p -> p.id().equals(id))
            .flatMap(Notices::addresses)
            .forEach(a -> byLowerCase.putIfAbsent(a.toLowerCase(Locale.ROOT), a));
      }
    }
    return List.copyOf(byLowerCase.values());
  }

  /** The e-mail addresses of a person: {@code mailto:} URIs, with IANA's {@code &} for @. */
  private static java.util.stream.Stream<String> addresses(Person person) {
    return person.uris().stream()
        .filter(u -> u.regionMatches(true, 0, "mailto:", 0, 7))
        .map(u -> u.substring(7).replace('&', '@'))
        .filter(a -> a.contains("@") && a.chars().noneMatch(Character::isWhitespace));
  }
}
