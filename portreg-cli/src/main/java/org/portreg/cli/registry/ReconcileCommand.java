package org.portreg.cli.registry;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RegistryOption;
import org.portreg.cli.common.Terminal;
import org.portreg.format.excerpt.Excerpt;
import org.portreg.format.excerpt.ExcerptFormat;
import org.portreg.model.Registry;
import org.portreg.reconcile.Reconciler;
import org.portreg.reconcile.Reconciliation;
import org.portreg.reconcile.ReconciliationJson;
import org.portreg.reconcile.ReconciliationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg reconcile EXCERPT [--registry FILE | --db URL] [--as-of VERSION] [--format
 * text|json]}: against a file, or the database's version of a date (the newest by default).
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = {
      "Reconcile a page excerpt of the registry (its web page saved as text) with an official"
          + " registry (a file, or the database's version --as-of a date): rows that agree,"
          + " rows that differ field by field, rows not found,"
          + " ambiguities the registry resolves; header fields and contact table too.",
      "Exit status: 0 when everything agrees, 1 when rows (or header fields or contacts) differ"
          + " or are missing, 2 for a bad command line, 65 for unreadable input, 74 for I/O"
          + " errors."
    })
public final class ReconcileCommand implements Callable<Integer> {
  /** The exit status when something differs or is missing. */
  static final int DIFFERENCES = 1;

  @ParentCommand private Terminal main;

  @Parameters(index = "0", paramLabel = "EXCERPT", description = "The page excerpt (text file).")
  private Path excerpt;

  /** The registry to compare with: a file, or the database's current or as-of version. */
  @Mixin private RegistryOption registry;

  @Mixin
  private FormatOption format =
      new FormatOption(
          "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
          OutputFormat.TEXT,
          OutputFormat.JSON);

  @Override
  public Integer call() {
    OutputFormat output = format.get();
    Excerpt shown = ExcerptFormat.read(excerpt);
    Registry held = registry.read();
    Reconciliation result = Reconciler.reconcile(shown, held);
    if (output == OutputFormat.JSON) {
      ReconciliationJson.write(result, main.out());
    } else {
      PrintWriter out = new PrintWriter(main.out(), false, StandardCharsets.UTF_8);
      ReconciliationText.write(result, out);
      out.flush();
    }
    return result.agrees() ? ExitCodes.OK : DIFFERENCES;
  }
}
