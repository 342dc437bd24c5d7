package org.portreg.cli.db;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.portreg.cli.common.DriftReport;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.InputLimit;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.Tty;
import org.portreg.store.ImportResult;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg db import FILE...}: each file becomes a version, oldest first. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import registry files (.xml, .xml.gz) as versions, in the order of their Last Updated date.",
      "Each file is one transaction: a bad file leaves the store as it was."
    })
final class DbImportCommand implements Callable<Integer> {
  @ParentCommand private DbCommand db;

  @Mixin private StoreOption storeOption;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Registry files to import.")
  private List<Path> files;

  @Override
  public Integer call() {
    List<Path> ordered = ImportOrder.byDate(files);
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(db.main().out(), StandardCharsets.UTF_8));
    try (Store store = storeOption.open();
        ProgressBar bar = progressBar(db.main().err(), ordered.size())) {
      List<StoredVersion> added = new ArrayList<>();
      for (Path file : ordered) {
        bar.setExtraMessage(file.getFileName().toString());
        ImportResult result = store.importRegistry(InputLimit.read(file), file.toString());
        bar.step();
        out.println(describe(result, file));
        out.flush();
        if (result.imported()) {
          added.add(result.version());
        }
      }
      // Each version against the one before it: the drift of an older file is not lost.
      DriftReport.print(DriftReport.imported(store, added), out, true);
      out.flush();
    }
    storeOption.refreshSnapshot();
    return ExitCodes.OK;
  }

  private static ProgressBar progressBar(PrintStream err, int files) {
    // The bar writes to stderr so that stdout stays a clean report; it is drawn only for several
    // files, on a terminal that the report's own lines do not share (a log file gets no bar).
    PrintStream target =
        files > 1 && err == System.err && Tty.progressBarFits()
            ? err
            : new PrintStream(PrintStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    return new ProgressBarBuilder()
        .setTaskName("import")
        .setInitialMax(files)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(target))
        .setUpdateIntervalMillis(250)
        .build();
  }

  static String describe(ImportResult result, Path file) {
    if (!result.imported()) {
      return result.version().updated() + " already stored, nothing to do (" + file + ")";
    }
    return "imported "
        + result.version().updated()
        + ": "
        + result.version().records()
        + " records, "
        + result.partsAdded()
        + " parts added, "
        + result.partsClosed()
        + " ended ("
        + file
        + ")";
  }
}
