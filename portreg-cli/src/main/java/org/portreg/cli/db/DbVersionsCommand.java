package org.portreg.cli.db;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code portreg db versions}: the stored versions, oldest first. */
@Command(
    name = "versions",
    mixinStandardHelpOptions = true,
    description = "List the stored registry versions: date, records, import time, source.")
final class DbVersionsCommand implements Callable<Integer> {
  /** One version's line: date, records, import time, source. */
  static String line(LocalDate updated, int records, Instant importedAt, String source) {
    return String.format(Locale.ROOT, "%s  %6d  %s  %s%n", updated, records, importedAt, source);
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
    for (StoredVersion v : versions) {
      out.print(line(v.updated(), v.records(), v.importedAt(), v.source()));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
