package org.portreg.cli.common;

import org.portreg.format.ReadOptions;

/** What runs before any command that reads input or opens the store, on either path. */
public final class CommandSetup {
  private CommandSetup() {}

  /** The default input limit ({@link InputLimit}) and the cached SQLite library. */
  public static void prepare() {
    InputLimit.set(ReadOptions.DEFAULT_MAX_INPUT_BYTES);
    SqliteNative.useCachedCopy();
  }
}
