package org.portreg.cli.workflow;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.portreg.error.NotFoundException;
import org.portreg.format.json.RevocationJson;
import org.portreg.store.Revocations;
import org.portreg.workflow.RevocationComment;
import org.portreg.workflow.RevocationProposal;

/**
 * Proposed revocations on the command line: which one an argument names, and how one reads as text
 * and JSON (the API's shape, {@link RevocationJson}). Stateless.
 */
final class RevocationText {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RevocationText() {}

  /**
   * The proposal {@code nameOrId} names: a number is a proposal's ({@code #} allowed), anything
   * else a service name whose open proposal is meant (a service name always has a letter).
   *
   * @throws NotFoundException when there is no such proposal, or the service has none open
   */
  static RevocationProposal find(Revocations revocations, String nameOrId) {
    String text = nameOrId.strip();
    String digits = text.startsWith("#") ? text.substring(1) : text;
    if (digits.matches("[0-9]{1,18}")) {
      return revocations
          .get(Long.parseLong(digits))
          .orElseThrow(() -> new NotFoundException("no revocation proposal #" + digits));
    }
    return revocations
        .openOf(text)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "service '"
                        + text
                        + "' has no open revocation proposal (list them with 'portreg service"
                        + " revocations --all')"));
  }

  /** One line: {@code revocation #ID NAME (RECORDS): STATE, …}. */
  static String line(RevocationProposal p, LocalDate today) {
    return "revocation #"
        + p.id()
        + " "
        + p.serviceName()
        + " ("
        + p.records()
        + "): "
        + status(p, today);
  }

  /** Where it stands on {@code today}, in words. */
  static String status(RevocationProposal p, LocalDate today) {
    if (p.takesComments(today)) {
      return "comments until " + p.endsOn() + " (" + p.daysLeft(today) + " days left)";
    }
    if (p.mayRevoke(today)) {
      return "comment period ended on " + p.endsOn() + ", may be revoked";
    }
    RevocationProposal.Closure c = p.closure().orElseThrow();
    return p.state().word() + " by " + c.by() + " at " + RequestText.time(c.at());
  }

  /** The proposal and its comments, for a reader about to decide. */
  static void details(
      PrintStream out, RevocationProposal p, List<RevocationComment> comments, LocalDate today) {
    out.println(line(p, today));
    out.println("reason: " + p.reason());
    out.println("proposed by " + p.proposedBy() + " at " + RequestText.time(p.proposedAt()));
    p.closure().ifPresent(c -> out.println("why " + p.state().word() + ": " + c.reason()));
    out.println("page: /revocations/" + p.id());
    out.println(comments.size() + (comments.size() == 1 ? " comment" : " comments"));
    for (RevocationComment c : comments) {
      out.println();
      out.println(c.author() + " at " + RequestText.time(c.at()) + ":");
      c.text().lines().forEach(l -> out.println("  " + l));
    }
  }

  /** A JSON generator on {@code out}, pretty-printed, leaving {@code out} open. */
  static JsonGenerator json(OutputStream out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(new DefaultPrettyPrinter());
    return json;
  }
}
