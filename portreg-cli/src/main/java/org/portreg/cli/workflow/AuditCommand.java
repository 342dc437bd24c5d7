package org.portreg.cli.workflow;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RowOutput;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.cli.common.UserInput;
import org.portreg.store.Store;
import org.portreg.workflow.AuditEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code portreg audit [--limit N] [--format table|json] [--as ADMIN]}: the audit log. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Show the newest entries of the append-only audit log, newest first: who did what to what,"
          + " when and why. The acting user must be an admin.",
      "JSON also holds each entry's state before and after (the records replaced, the user as it"
          + " was)."
    })
public final class AuditCommand implements Callable<Integer> {
  private static final String[] HEADERS = {"ID", "At", "Actor", "Action", "Target", "Reason"};
  private static final JsonFactory JSON = new JsonFactory();

  @ParentCommand private Terminal main;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "At most this many entries (default: 50).")
  private int limit;

  @Mixin
  private FormatOption format =
      new FormatOption("table (default) or json.", OutputFormat.TABLE, OutputFormat.JSON);

  @Override
  public Integer call() throws IOException {
    boolean json = format.get() == OutputFormat.JSON;
    List<AuditEntry> entries;
    try (Store store = storeOption.open()) {
      acting.admin(store.accounts(), "reading the audit log");
      entries = UserInput.check(() -> store.registrar().audit(limit));
    }
    PrintStream out = new PrintStream(main.out(), false, StandardCharsets.UTF_8);
    if (json) {
      json(out, entries);
    } else {
      table(out, entries);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String[] cells(AuditEntry e) {
    return new String[] {
      Long.toString(e.id()), RequestText.time(e.at()), e.actor(), e.action(), e.target(), e.reason()
    };
  }

  private static void table(PrintStream out, List<AuditEntry> entries) {
    RowOutput.columns(
        out, HEADERS, entries.stream().map(AuditCommand::cells).toList(), TerminalWidth.get());
  }

  /** Before and after are JSON the store wrote, so they are embedded as they are. */
  private static void json(PrintStream out, List<AuditEntry> entries) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartArray();
      for (AuditEntry e : entries) {
        entry(g, e);
      }
      g.writeEndArray();
    }
    out.println();
  }

  private static void entry(JsonGenerator g, AuditEntry e) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", e.id());
    g.writeStringField("at", e.at().toString());
    g.writeStringField("actor", e.actor());
    g.writeStringField("action", e.action());
    g.writeStringField("target", e.target());
    g.writeStringField("reason", e.reason());
    g.writeFieldName("before");
    g.writeRawValue(e.before());
    g.writeFieldName("after");
    g.writeRawValue(e.after());
    g.writeEndObject();
  }
}
