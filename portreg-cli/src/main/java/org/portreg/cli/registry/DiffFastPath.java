package org.portreg.cli.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.portreg.cli.common.CacheDir;
import org.portreg.cli.common.CommandSetup;
import org.portreg.cli.common.DbSnapshot;
import org.portreg.cli.common.FastArgs;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.PartsBlob;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.VersionArgument;
import org.portreg.diff.Diff;
import org.portreg.history.VersionRef;
import org.portreg.store.PartTable;
import org.portreg.store.StoredVersion;

/**
 * {@code diff OLD NEW} of two stored versions, with {@code --format text|json} and {@code --db}
 * only, without picocli: the command's own code ({@link DiffCommand#sayWhich}, the store's diff,
 * {@link DiffCommand#write}), so the answer and the errors are the same. On the default database it
 * answers from the copy of the rows kept in the cache folder ({@link PartsBlob}) without JDBC, and
 * takes the store's path, which writes that copy, when the copy is missing or stale. Files, {@code
 * --search}, a relative date such as {@code -30d} and anything else go to the full command.
 */
public final class DiffFastPath {
  private static final List<String> OPTIONS = List.of("--format", "--db");

  private DiffFastPath() {}

  /**
   * Runs {@code diff} when the arguments allow it.
   *
   * @return the exit code, or {@link LookupFastPath#NOT_HANDLED}
   */
  public static int tryRun(String[] args, OutputStream out, PrintStream err) throws IOException {
    if (args.length < 3 || !"diff".equals(args[0])) {
      return LookupFastPath.NOT_HANDLED;
    }
    FastArgs parsed = FastArgs.parse(args, OPTIONS, List.of());
    if (parsed == null || parsed.words().size() != 2) {
      return LookupFastPath.NOT_HANDLED;
    }
    String format = parsed.value("--format", "text");
    String older = parsed.words().get(0);
    String newer = parsed.words().get(1);
    if (!(format.equals("text") || format.equals("json"))
        || !VersionArgument.namesVersion(older)
        || !VersionArgument.namesVersion(newer)) {
      return LookupFastPath.NOT_HANDLED;
    }
    OutputFormat output = format.equals("json") ? OutputFormat.JSON : OutputFormat.TEXT;
    return run(older, newer, output, parsed.value("--db", null), out, err);
  }

  /** The diff of the stored versions {@code older} and {@code newer} of database {@code url}. */
  private static int run(
      String older,
      String newer,
      OutputFormat output,
      String url,
      OutputStream out,
      PrintStream err)
      throws IOException {
    Path dbFile = url == null ? DbSnapshot.defaultFile() : null;
    PartsBlob parts = PartsBlob.open(dbFile, CacheDir.dir());
    if (parts != null) {
      int code = fromParts(parts, older, newer, output, out, err);
      if (code != LookupFastPath.NOT_HANDLED) {
        return code;
      }
    }
    CommandSetup.prepare();
    DbSnapshot.Stamp stamp = parts == null && dbFile != null ? DbSnapshot.stamp(dbFile) : null;
    try (VersionArgument versions = new VersionArgument(() -> StoreOption.open(url))) {
      StoredVersion a = versions.stored(older).orElseThrow();
      StoredVersion b = versions.stored(newer).orElseThrow();
      DiffCommand.sayWhich(versions, a, b, older, newer, err);
      if (stamp == null) {
        return DiffCommand.write(versions.store().diff(a, b), output, out);
      }
      // The copy is missing or stale: every row read once, for this diff and for the next ones.
      PartTable table = versions.store().parts();
      int code = DiffCommand.write(PartTable.diff(table, a.id(), b.id()), output, out);
      PartsBlob.write(dbFile, CacheDir.dir(), stamp, versions.store().versions(), table);
      return code;
    }
  }

  /**
   * The diff from the default database's copy of its rows, or {@link LookupFastPath#NOT_HANDLED}
   * when a version is not there or both name the same one: the store then says what is wrong.
   */
  private static int fromParts(
      PartsBlob parts,
      String older,
      String newer,
      OutputFormat output,
      OutputStream out,
      PrintStream err)
      throws IOException {
    List<LocalDate> dates = parts.dates();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Optional<Integer> a = VersionRef.parse(older, today).resolve(dates);
    Optional<Integer> b = VersionRef.parse(newer, today).resolve(dates);
    if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) {
      return LookupFastPath.NOT_HANDLED;
    }
    Diff diff;
    try {
      diff = PartTable.diff(parts, parts.versionId(a.get()), parts.versionId(b.get()));
    } catch (RuntimeException e) {
      // The copy is checksummed, so this is a fault of ours: the store still gives the answer.
      return LookupFastPath.NOT_HANDLED;
    }
    err.println(
        "portreg: comparing version "
            + VersionRef.idAt(dates, a.get())
            + " with version "
            + VersionRef.idAt(dates, b.get()));
    return DiffCommand.write(diff, output, out);
  }
}
