package org.portreg.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.portreg.testing.SharedData;

/**
 * A SQLite store holding the newest real registry, imported once and copied per test, with the
 * command line run in-process against it.
 */
public final class WorkflowStoreFixture {
  private static Path template;

  public final Path folder;
  public final String db;
  public String out = "";
  public String err = "";

  private WorkflowStoreFixture(Path folder) {
    this.folder = folder;
    this.db = "jdbc:sqlite:" + folder.resolve("portreg.db");
  }

  /** A store in {@code folder} holding the newest registry, and no users or requests. */
  public static synchronized WorkflowStoreFixture in(Path folder) throws IOException {
    if (template == null) {
      Path dir = Files.createTempDirectory("portreg-cli-template");
      String url = "jdbc:sqlite:" + dir.resolve("portreg.db");
      int code =
          Main.run(
              new String[] {"db", "import", "--db", url, SharedData.newestXml().toString()},
              new ByteArrayOutputStream(),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      if (code != 0) {
        throw new IllegalStateException("importing the newest registry failed: " + code);
      }
      template = dir.resolve("portreg.db");
    }
    Files.copy(template, folder.resolve("portreg.db"), StandardCopyOption.REPLACE_EXISTING);
    return new WorkflowStoreFixture(folder);
  }

  /** Runs {@code portreg ARGS --db DB} with empty standard input; keeps out and err. */
  public int run(String... args) {
    return runWithInput("", args);
  }

  /**
   * Runs {@code portreg ARGS --db DB} as {@code main} does, its fast paths first; keeps out and
   * err, and whether a fast path answered ({@link #fast}).
   */
  public int runFast(String... args) {
    String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
    withDb[args.length] = "--db";
    withDb[args.length + 1] = db;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(e, true, StandardCharsets.UTF_8);
    int code = Entry.fastPaths(withDb, o, errors);
    fast = code != org.portreg.cli.registry.LookupFastPath.NOT_HANDLED;
    if (!fast) {
      code = Main.run(withDb, o, errors);
    }
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  /** Whether the last {@link #runFast} was answered by a fast path. */
  public boolean fast;

  /** Runs {@code portreg ARGS --db DB} reading {@code input}; keeps out and err. */
  public int runWithInput(String input, String... args) {
    String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
    withDb[args.length] = "--db";
    withDb[args.length + 1] = db;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        Main.run(
            withDb,
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            o,
            new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  /** Adds the applicant ann, the tcp/udp expert eve, the sctp expert sam and the admin ada. */
  public WorkflowStoreFixture withUsers() {
    addUser("ann", "applicant");
    addUser("eve", "expert", "--expert-for", "tcp,udp");
    addUser("sam", "expert", "--expert-for", "sctp");
    addUser("ada", "admin");
    return this;
  }

  /** {@code portreg user add NAME} with a capitalized display name and NAME@example.org. */
  public void addUser(String name, String role, String... more) {
    String display = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    List<String> args =
        new ArrayList<>(
            List.of(
                "user",
                "add",
                name,
                "--name",
                display,
                "--email",
                name + "@example.org",
                "--role",
                role));
    args.addAll(List.of(more));
    require(run(args.toArray(new String[0])));
  }

  /** Writes {@code json} to a file in the folder and returns its path. */
  public String file(String name, String json) throws IOException {
    return Files.writeString(folder.resolve(name), json).toString();
  }

  public void require(int code) {
    if (code != 0) {
      throw new IllegalStateException("exit " + code + ": " + err);
    }
  }
}
