package org.portreg.cli.db;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.history.VersionRef;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code portreg db versions}: the stored versions, oldest first. */
@Command(
    name = "versions",
    mixinStandardHelpOptions = true,
    description =
        "List the stored registry versions: id (the date, or DATE.N when several share it),"
            + " records, import time, source.")
final class DbVersionsCommand implements Callable<Integer> {
  /**
   * One version's line: its id (its date, or {@code DATE.N} when several versions share the date),
   * records, import time, source.
   */
  static String line(String id, int records, Instant importedAt, String source) {
    return String.format(Locale.ROOT, "%s  %6d  %s  %s%n", id, records, importedAt, source);
  }

  /** The id of each version, given their dates oldest first ({@link VersionRef#idOf}). */
  static List<String> ids(List<LocalDate> dates) {
    Map<LocalDate, Integer> perDay = new HashMap<>();
    dates.forEach(d -> perDay.merge(d, 1, Integer::sum));
    Map<LocalDate, Integer> seen = new HashMap<>();
    List<String> ids = new ArrayList<>(dates.size());
    for (LocalDate d : dates) {
      ids.add(VersionRef.idOf(d, seen.merge(d, 1, Integer::sum), perDay.get(d)));
    }
    return ids;
  }

  @ParentCommand private DbCommand db;

  @Mixin private StoreOption storeOption;

  @Override
  public Integer call() {
    List<StoredVersion> versions;
    try (Store store = storeOption.open()) {
      versions = store.versions();
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(db.main().out(), StandardCharsets.UTF_8));
    List<String> ids = ids(versions.stream().map(StoredVersion::updated).toList());
    for (int i = 0; i < versions.size(); i++) {
      StoredVersion v = versions.get(i);
      out.print(line(ids.get(i), v.records(), v.importedAt(), v.source()));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
