package org.portreg.server.revocation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.portreg.workflow.RevocationComment;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.RevocationState;

/** What the revocation pages show, ready for the templates. Stateless. */
public final class RevocationViews {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private RevocationViews() {}

  /**
   * One proposal in a list or on its page.
   *
   * @param id the proposal's number
   * @param service the service proposed for revocation
   * @param serviceHref the service's page
   * @param records its records when proposed
   * @param endsOn the day the comment period ends
   * @param state {@code open}, {@code withdrawn} or {@code revoked}
   * @param status where it stands in words, such as {@code 12 days left for comments}
   * @param comments how many comments it has
   * @param href its page
   */
  public record Row(
      long id,
      String service,
      String serviceHref,
      String records,
      String endsOn,
      String state,
      String status,
      int comments,
      String href) {
    static Row of(RevocationProposal p, LocalDate today) {
      return new Row(
          p.id(),
          p.serviceName(),
          "/service/" + URLEncoder.encode(p.serviceName(), StandardCharsets.UTF_8),
          p.records(),
          p.endsOn().toString(),
          p.state().word(),
          RevocationViews.status(p, today),
          p.comments(),
          "/revocations/" + p.id());
    }

    /** Whether the proposal is open. */
    public boolean open() {
      return state.equals(RevocationState.OPEN.word());
    }
  }

  /** Where {@code p} stands on {@code today}, in words. */
  static String status(RevocationProposal p, LocalDate today) {
    if (p.takesComments(today)) {
      long days = p.daysLeft(today);
      return (days == 1 ? "1 day" : days + " days") + " left for comments";
    }
    if (p.mayRevoke(today)) {
      return "comment period over: the revocation may go ahead";
    }
    RevocationProposal.Closure c = p.closure().orElseThrow();
    return p.state().word() + " " + time(c.at()) + " by " + c.by();
  }

  /**
   * One comment.
   *
   * @param id its number, for its anchor
   * @param author who wrote it
   * @param at when, in UTC
   * @param text what it says (line breaks kept by the page's style)
   */
  public record Comment(long id, String author, String at, String text) {
    static Comment of(RevocationComment c) {
      return new Comment(c.id(), c.author(), time(c.at()), c.text());
    }
  }

  /**
   * The list page.
   *
   * @param open the open proposals, soonest ending first
   * @param closed the withdrawn and revoked ones, newest first
   * @param admin whether the reader may propose a revocation
   * @param csrf the form token; empty without a session
   * @param today the date the comment periods are measured by
   */
  public record ListPage(
      List<Row> open, List<Row> closed, boolean admin, String csrf, String today) {}

  /**
   * A proposal's page.
   *
   * @param row the proposal
   * @param reason why it is proposed
   * @param proposed who proposed it and when
   * @param closeReason why it was withdrawn or revoked; empty while open
   * @param comments its comments, oldest first
   * @param form the comment form: who may use it and what it holds
   * @param decision what an administrator may do now: {@code revoke}, {@code wait} or empty
   */
  public record ProposalPage(
      Row row,
      String reason,
      String proposed,
      String closeReason,
      List<Comment> comments,
      CommentForm form,
      String decision) {}

  /**
   * The comment form of a proposal's page.
   *
   * @param open whether the proposal takes comments now
   * @param signedIn whether the reader is signed in
   * @param csrf the session's form token; empty without a session
   * @param text the text to show in the field (kept when a comment was refused)
   * @param problem why the last comment was refused; empty when none was
   * @param signIn where to sign in and come back
   */
  public record CommentForm(
      boolean open, boolean signedIn, String csrf, String text, String problem, String signIn) {
    /** The longest comment, for the field's {@code maxlength}. */
    public int maxLength() {
      return RevocationComment.MAX_LENGTH;
    }
  }

  /** {@code at} as the pages show times. */
  static String time(Instant at) {
    return TIME.format(at);
  }
}
