package org.portreg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portreg.workflow.Fixtures.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portreg.error.ConflictException;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.error.StateChangeRefusedException;

/** The rules of a proposed revocation (§8.4): its comment period, comments and when it may end. */
class RevocationProposalTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
  private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

  private static RevocationProposal open(LocalDate endsOn) {
    return new RevocationProposal(
        7,
        "echo",
        "echo 7/tcp, echo 7/udp",
        "unused for years",
        "ada",
        NOW,
        endsOn,
        RevocationState.OPEN,
        Optional.empty(),
        0);
  }

  @Test
  void aDraftNamesTheServiceAsTheRegistrySpellsItWithItsRecords() {
    RevocationProposal.Draft draft =
        RevocationProposal.draft(registry(), " ECHO ", CommentPeriod.standard(), TODAY);

    assertThat(draft.serviceName()).isEqualTo("echo");
    assertThat(draft.records()).isEqualTo("echo 7/tcp, echo 7/udp");
    assertThat(draft.endsOn()).isEqualTo(LocalDate.of(2026, 10, 1));
  }

  @Test
  void onlyAssignedNonHistoricServicesCanBeProposed() {
    CommentPeriod period = CommentPeriod.standard();
    assertThatThrownBy(() -> RevocationProposal.draft(registry(), "nothing", period, TODAY))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no assigned record named 'nothing'");
    assertThatThrownBy(() -> RevocationProposal.draft(registry(), "whois++", period, TODAY))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("is historic");
  }

  @Test
  void aCommentPeriodEndsAfterTodayAndWithinAYear() {
    assertThat(new CommentPeriod.Days(1).endsOn(TODAY)).isEqualTo(LocalDate.of(2026, 9, 2));
    assertThat(new CommentPeriod.Until(TODAY.plusDays(365)).endsOn(TODAY))
        .isEqualTo(LocalDate.of(2027, 9, 1));
    assertThatThrownBy(() -> new CommentPeriod.Days(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("days: a comment period lasts 1 to 365 days, was 0");
    assertThatThrownBy(() -> new CommentPeriod.Days(366)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new CommentPeriod.Until(TODAY).endsOn(TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "until: the comment period must end after today (2026-09-01), so that it takes"
                + " comments; was 2026-09-01");
    assertThatThrownBy(() -> new CommentPeriod.Until(TODAY.minusDays(3)).endsOn(TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new CommentPeriod.Until(TODAY.plusDays(366)).endsOn(TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 365 days, to 2027-09-01");
  }

  @Test
  void commentsAreTakenBeforeTheEndDateAndTheRevocationFromItOn() {
    RevocationProposal p = open(LocalDate.of(2026, 9, 3));

    assertThat(p.takesComments(TODAY)).isTrue();
    assertThat(p.daysLeft(TODAY)).isEqualTo(2);
    assertThat(p.takesComments(LocalDate.of(2026, 9, 2))).isTrue();
    assertThat(p.mayRevoke(LocalDate.of(2026, 9, 2))).isFalse();
    assertThat(p.takesComments(LocalDate.of(2026, 9, 3))).isFalse();
    assertThat(p.mayRevoke(LocalDate.of(2026, 9, 3))).isTrue();
    assertThat(p.daysLeft(LocalDate.of(2026, 9, 30))).isZero();
    assertThatThrownBy(() -> p.requireRevocable(TODAY))
        .isInstanceOf(StateChangeRefusedException.class)
        .hasMessage(
            "service 'echo' cannot be revoked before the public comment period of proposal #7"
                + " ends on 2026-09-03 (today is 2026-09-01, 2 days left)");
    assertThatThrownBy(() -> p.requireComments(LocalDate.of(2026, 9, 3)))
        .isInstanceOf(StateChangeRefusedException.class)
        .hasMessage(
            "the comment period of revocation proposal #7 of 'echo' ended on 2026-09-03 (today is"
                + " 2026-09-03): it takes no more comments");
  }

  @Test
  void aClosedProposalTakesNothingMore() {
    RevocationProposal.Closure closure = new RevocationProposal.Closure("ada", NOW, "answered");
    RevocationProposal withdrawn =
        new RevocationProposal(
            7,
            "echo",
            "echo 7/tcp",
            "r",
            "ada",
            NOW,
            TODAY,
            RevocationState.WITHDRAWN,
            Optional.of(closure),
            2);

    assertThat(withdrawn.takesComments(TODAY.minusDays(1))).isFalse();
    assertThat(withdrawn.mayRevoke(TODAY)).isFalse();
    assertThatThrownBy(() -> withdrawn.requireComments(TODAY.minusDays(1)))
        .isInstanceOf(StateChangeRefusedException.class)
        .hasMessage("revocation proposal #7 of 'echo' is withdrawn: it takes no more comments");
    assertThatThrownBy(() -> withdrawn.requireRevocable(TODAY))
        .hasMessage("revocation proposal #7 of 'echo' is already withdrawn");
    assertThatThrownBy(
            () ->
                new RevocationProposal(
                    7,
                    "echo",
                    "",
                    "r",
                    "ada",
                    NOW,
                    TODAY,
                    RevocationState.OPEN,
                    Optional.of(closure),
                    0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCommentIsTrimmedBoundedAndFreeOfControlCharacters() {
    assertThat(RevocationComment.checkText("  keep it\r\nplease\t \n"))
        .isEqualTo("keep it\nplease");
    assertThat(RevocationComment.checkText("x".repeat(4000))).hasSize(4000);
    assertThatThrownBy(() -> RevocationComment.checkText("x".repeat(4001)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("text: a comment has 1 to 4000 characters, was 4001");
    assertThatThrownBy(() -> RevocationComment.checkText(" \n "))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RevocationComment.checkText(null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RevocationComment.checkText("bell\u0007"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("text: a comment may not hold control characters");
  }

  @Test
  void statesHaveWords() {
    assertThat(RevocationState.parse(" Open ")).isEqualTo(RevocationState.OPEN);
    assertThat(RevocationState.REVOKED.word()).isEqualTo("revoked");
    assertThatThrownBy(() -> RevocationState.parse("closed"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("state must be one of open, withdrawn, revoked, was 'closed'");
  }

  @Test
  void onlyActiveUsersComment() {
    User inactive =
        new User(
            3, "ina", "Ina", "ina@example.org", java.util.Set.of(), java.util.Set.of(), false, NOW);
    assertThatThrownBy(() -> Permissions.requireCommenter(inactive))
        .isInstanceOf(org.portreg.error.PermissionDeniedException.class)
        .hasMessage("commenting needs an active user; user 'ina' is inactive");
    Permissions.requireCommenter(
        new User(
            4, "bo", "Bo", "bo@example.org", java.util.Set.of(), java.util.Set.of(), true, NOW));
  }
}
