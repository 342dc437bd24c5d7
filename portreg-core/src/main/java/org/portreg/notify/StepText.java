package org.portreg.notify;

import java.util.List;
import java.util.Optional;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.Role;

/**
 * What a step says, and to whom: the one table of the request messages, and the one of the messages
 * of a proposed revocation (§8.4). Stateless.
 */
final class StepText {
  private StepText() {}

  /**
   * What one message says.
   *
   * @param subject the end of the subject line, after the request's number and name
   * @param lines the body's paragraphs before the reason
   * @param decision whether it is a decision (reaches users who want decisions only)
   */
  record Notice(String subject, List<String> lines, boolean decision) {
    Notice(String subject, String line, boolean decision) {
      this(subject, List.of(line), decision);
    }
  }

  /**
   * What the applicant hears of {@code step}; nothing for their own answers and the review start.
   */
  static Optional<Notice> forApplicant(RequestStep step) {
    if (step.request().isLocal() && step.action() == RequestAction.ASSIGN) {
      // No IANA records to list: the outcome names the local entry.
      return Optional.of(
          new Notice(
              "assigned",
              List.of(
                  "Your request is assigned. The local registry now holds:",
                  step.request().outcome().orElse(step.request().request().serviceName())),
              true));
    }
    return Optional.ofNullable(applicantNotice(step.action(), step.to()));
  }

  private static Notice applicantNotice(RequestAction action, RequestState to) {
    return switch (action) {
      case CHECK ->
          new Notice("checked", "Your request passed the check and waits for an expert.", false);
      case ASK_INFORMATION ->
          new Notice(
              "information asked for",
              "The expert asks for more information: answer on the request's page.",
              true);
      case APPROVE ->
          to == RequestState.AWAITING_IETF_APPROVAL
              ? new Notice(
                  "approved, awaiting IETF approval",
                  "The expert approved your request; a System port also needs an IETF Review or"
                      + " IESG Approval.",
                  true)
              : new Notice(
                  "approved", "The expert approved your request; it waits for assignment.", true);
      case RECORD_APPROVAL ->
          new Notice(
              "IETF approval recorded",
              "The IETF approval is recorded; your request waits for assignment.",
              false);
      case REJECT -> new Notice("rejected", "The expert rejected your request.", true);
      case ASSIGN ->
          new Notice("assigned", "Your request is assigned. The registry now holds:", true);
      case WITHDRAW -> new Notice("withdrawn", "Your request is withdrawn.", false);
      case START_REVIEW, PROVIDE_INFORMATION -> null;
    };
  }

  /** What the experts or administrators hear of {@code step}, if anything. */
  static Optional<Notice> forStaff(RequestStep step) {
    return Optional.ofNullable(staffNotice(step.action(), step.to()));
  }

  private static Notice staffNotice(RequestAction action, RequestState to) {
    if (action == RequestAction.CHECK) {
      return new Notice("in your queue", "A new request waits for an expert.", false);
    }
    if (action == RequestAction.PROVIDE_INFORMATION) {
      return new Notice(
          "information provided", "The applicant answered; the request is back in review.", false);
    }
    if (to == RequestState.APPROVED) {
      return new Notice("waits for assignment", "The request is approved; assign it.", false);
    }
    if (to == RequestState.AWAITING_IETF_APPROVAL) {
      return new Notice(
          "waits for IETF approval",
          "The request is approved by the expert; record the IETF Review or IESG Approval.",
          false);
    }
    return null;
  }

  /**
   * Who the staff notice of a step into {@code to} goes to: the experts (for a local request the
   * local experts, {@link org.portreg.workflow.Permissions#reviewsAsExpert}) or the administrators.
   */
  static Role staffRole(RequestState to) {
    return to == RequestState.CHECKED || to == RequestState.EXPERT_REVIEW
        ? Role.EXPERT
        : Role.ADMIN;
  }

  /**
   * What the assignees hear of a proposed revocation in its present state: that it is proposed
   * (open), or withdrawn; nothing for a revoked one, which the change itself tells ({@link
   * Notices#forChange}).
   */
  static Optional<Notice> forRevocation(RevocationProposal p) {
    return switch (p.state()) {
      case OPEN -> Optional.of(proposed(p));
      case WITHDRAWN ->
          Optional.of(
              new Notice(
                  "revocation withdrawn",
                  "The proposal #"
                      + p.id()
                      + " to revoke the assignment of '"
                      + p.serviceName()
                      + "' is withdrawn; the assignment stays as it is.",
                  true));
      case REVOKED -> Optional.empty();
    };
  }

  private static Notice proposed(RevocationProposal p) {
    return new Notice(
        "proposed for revocation",
        List.of(
            "The assignment of '"
                + p.serviceName()
                + "' ("
                + p.records()
                + ") is proposed for revocation (RFC 6335 section 8.4) by "
                + p.proposedBy()
                + ", proposal #"
                + p.id()
                + ".",
            "Anyone signed in may comment on the proposal's public page until the comment period"
                + " ends on "
                + p.endsOn()
                + "; from that day an administrator may revoke the assignment. To keep it, say so"
                + " there."),
        true);
  }
}
