package org.portreg.cli.workflow;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RowOutput;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.format.json.RevocationJson;
import org.portreg.store.Revocations;
import org.portreg.store.Store;
import org.portreg.workflow.RevocationComment;
import org.portreg.workflow.RevocationProposal;
import org.portreg.workflow.RevocationState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg service revocations [NAME|ID] [--all] [--format table|json|csv]}: the open
 * revocation proposals with their comment counts, or one proposal with its comments (what an
 * administrator reads before revoking).
 */
@Command(
    name = "revocations",
    mixinStandardHelpOptions = true,
    description = {
      "List the open revocation proposals (RFC 6335 §8.4), soonest ending first, with their"
          + " comment counts; --all adds the withdrawn and revoked ones.",
      "With NAME|ID: that proposal with its reason and every comment, oldest first."
    })
final class ServiceRevocationsCommand implements Callable<Integer> {
  private static final String[] HEADERS = {
    "ID", "Service", "Records", "Ends on", "Days left", "Comments", "State"
  };

  @ParentCommand private ServiceCommand parent;
  @Mixin private StoreOption storeOption;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME|ID",
      description = "Show this proposal (a service's open one, or by number) with its comments.")
  private String target;

  @Option(names = "--all", description = "Also the withdrawn and revoked proposals.")
  private boolean all;

  @Mixin
  private FormatOption format =
      new FormatOption(
          "table (default; text for one proposal), json or csv (the list only).",
          OutputFormat.TABLE,
          OutputFormat.JSON,
          OutputFormat.CSV);

  @Override
  public Integer call() throws IOException {
    OutputFormat output = format.get();
    PrintStream out = parent.out();
    try (Store store = storeOption.open()) {
      Revocations revocations = store.revocations();
      LocalDate today = revocations.today();
      if (target != null) {
        RevocationProposal p = RevocationText.find(revocations, target);
        show(out, output, p, revocations.comments(p.id()), today);
      } else {
        list(out, output, listed(revocations), today);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private List<RevocationProposal> listed(Revocations revocations) {
    return revocations.list().stream()
        .filter(p -> all || p.state() == RevocationState.OPEN)
        .toList();
  }

  private static void show(
      PrintStream out,
      OutputFormat output,
      RevocationProposal p,
      List<RevocationComment> comments,
      LocalDate today)
      throws IOException {
    if (output != OutputFormat.JSON) {
      RevocationText.details(out, p, comments, today);
      return;
    }
    try (JsonGenerator json = RevocationText.json(out)) {
      json.writeStartObject();
      json.writeFieldName("revocation");
      RevocationJson.write(json, p, today);
      json.writeArrayFieldStart("comments");
      for (RevocationComment c : comments) {
        RevocationJson.write(json, c);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }

  private static void list(
      PrintStream out, OutputFormat output, List<RevocationProposal> proposals, LocalDate today)
      throws IOException {
    List<String[]> rows = proposals.stream().map(p -> cells(p, today)).toList();
    switch (output) {
      case JSON -> json(out, proposals, today);
      case CSV -> {
        out.print(String.join(",", HEADERS) + "\r\n");
        for (String[] row : rows) {
          out.print(String.join(",", List.of(row).stream().map(RowOutput::csvCell).toList()));
          out.print("\r\n");
        }
      }
      default -> RowOutput.columns(out, HEADERS, rows, TerminalWidth.get());
    }
  }

  private static String[] cells(RevocationProposal p, LocalDate today) {
    return new String[] {
      Long.toString(p.id()),
      p.serviceName(),
      p.records(),
      p.endsOn().toString(),
      Long.toString(p.daysLeft(today)),
      Integer.toString(p.comments()),
      p.state().word()
    };
  }

  private static void json(PrintStream out, List<RevocationProposal> proposals, LocalDate today)
      throws IOException {
    try (JsonGenerator json = RevocationText.json(out)) {
      json.writeStartObject();
      json.writeStringField("today", today.toString());
      json.writeArrayFieldStart("revocations");
      for (RevocationProposal p : proposals) {
        RevocationJson.write(json, p, today);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }
}
