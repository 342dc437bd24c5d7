package org.portreg.cli.db;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.portreg.cli.common.CacheDir;
import org.portreg.cli.common.DbSnapshot;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.HistoryBlob;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.cli.common.UserInput;
import org.portreg.cli.common.WordWrap;
import org.portreg.error.NotFoundException;
import org.portreg.format.RecordColumns;
import org.portreg.history.Change;
import org.portreg.history.FieldChange;
import org.portreg.history.HistoryQuery;
import org.portreg.model.ServiceRecord;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg db history NAME|PORT[/TRANSPORT]}: the change log across stored versions. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description =
        "Show when a service or port appeared, each field change (before -> after), and when it "
            + "was removed, across every stored version.")
final class DbHistoryCommand implements Callable<Integer> {
  @ParentCommand private DbCommand db;

  @Mixin private StoreOption storeOption;

  @Parameters(paramLabel = "NAME|PORT[/TRANSPORT]", description = "ssh, 22 or 22/tcp")
  private String query;

  @Override
  public Integer call() {
    HistoryQuery parsed = UserInput.check(() -> HistoryQuery.parse(query));
    List<Change> changes;
    LocalDate oldest;
    Path dbFile = storeOption.isDefault() ? DbSnapshot.defaultFile() : null;
    DbSnapshot.Stamp stamp = dbFile == null ? null : DbSnapshot.stamp(dbFile);
    try (Store store = storeOption.open()) {
      if (store.versions().isEmpty()) {
        throw new NotFoundException(
            "the store " + store.url() + " holds no versions yet; run 'portreg db import FILE...'");
      }
      oldest = store.versions().get(0).updated();
      changes = store.history(parsed);
      if (stamp != null) {
        saveRows(store, dbFile, stamp);
      }
    }
    if (changes.isEmpty()) {
      throw new NotFoundException("no record matches " + parsed + " in any stored version");
    }
    print(db.main().out(), changes, oldest);
    return ExitCodes.OK;
  }

  /**
   * Keeps the default database's record rows in its snapshot ({@link HistoryBlob}), so that the
   * next {@code db history} answers without opening it ({@link DbHistoryFastPath}).
   */
  private static void saveRows(Store store, Path dbFile, DbSnapshot.Stamp stamp) {
    Map<Integer, LocalDate> dates = new HashMap<>();
    store.versions().forEach(v -> dates.put(v.id(), v.updated()));
    HistoryBlob.write(dbFile, CacheDir.dir(), stamp, dates, store.recordRows());
  }

  /** The change log, fitted to the terminal's width ({@link TerminalWidth}). */
  static void print(OutputStream stream, List<Change> changes, LocalDate oldest) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    out.printf(Locale.ROOT, "%-10s  %-7s  %s%n", "Version", "Change", "Record");
    changes.forEach(c -> print(out, c, oldest));
    if (changes.stream().anyMatch(c -> isPresent(c, oldest))) {
      out.println();
      out.println(
          "present: already in the oldest stored version ("
              + oldest
              + "), so when it was added is not known");
    }
    out.flush();
    PrintStream printed = new PrintStream(stream, false, StandardCharsets.UTF_8);
    WordWrap.print(printed, text.toString(), TerminalWidth.get());
    printed.flush();
  }

  /** A record "added" in the oldest stored version was there already; nobody saw it arrive. */
  private static boolean isPresent(Change change, LocalDate oldest) {
    return change.kind() == Change.Kind.ADDED && change.date().equals(oldest);
  }

  private static void print(PrintWriter out, Change change, LocalDate oldest) {
    String kind =
        isPresent(change, oldest) ? "present" : change.kind().name().toLowerCase(Locale.ROOT);
    out.printf(Locale.ROOT, "%s  %-7s  %s%n", change.date(), kind, label(change.record()));
    if (change.kind() == Change.Kind.CHANGED && change.fields().isEmpty()) {
      out.println("            (XML layout only)");
    }
    for (FieldChange field : change.fields()) {
      out.printf(
          Locale.ROOT,
          "            %s: %s -> %s%n",
          field.field(),
          show(field.before()),
          show(field.after()));
    }
  }

  private static String label(ServiceRecord r) {
    String name = r.serviceName().orElse("(no name)");
    String port = r.number().map(Object::toString).orElse("(no port)");
    String transport = r.protocol().map(p -> "/" + p.token()).orElse("");
    String description = RecordColumns.text(r.description()).replace('\n', ' ');
    return name + " " + port + transport + (description.isEmpty() ? "" : "  " + description);
  }

  private static String show(String value) {
    return value.isEmpty() ? "(empty)" : "\"" + value.replace("\n", "\\n") + "\"";
  }
}
