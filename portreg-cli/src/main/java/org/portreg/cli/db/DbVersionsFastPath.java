package org.portreg.cli.db;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.portreg.cli.common.DbSnapshot;

/**
 * {@code db versions} without picocli or JDBC, from the default database's {@link DbSnapshot}
 * catalogue, whose entries hold what the command prints; anything else (an option, no valid
 * snapshot) goes to the full command, which prints the same lines from the database.
 */
public final class DbVersionsFastPath {
  /** What {@link #tryRun} returns when it did not run the command. */
  public static final int NOT_HANDLED = -1;

  private DbVersionsFastPath() {}

  /** Runs {@code db versions} when the snapshot allows it; else {@link #NOT_HANDLED}. */
  public static int tryRun(String[] args, OutputStream stream) {
    if (args.length != 2 || !"db".equals(args[0]) || !"versions".equals(args[1])) {
      return NOT_HANDLED;
    }
    DbSnapshot snapshot = DbSnapshot.openDefault();
    if (snapshot == null) {
      return NOT_HANDLED;
    }
    PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
    List<DbSnapshot.Version> versions = snapshot.versions();
    List<String> ids =
        DbVersionsCommand.ids(versions.stream().map(DbSnapshot.Version::updated).toList());
    for (int i = 0; i < versions.size(); i++) {
      DbSnapshot.Version v = versions.get(i);
      out.print(DbVersionsCommand.line(ids.get(i), v.records(), v.importedAt(), v.source()));
    }
    out.flush();
    return 0;
  }
}
