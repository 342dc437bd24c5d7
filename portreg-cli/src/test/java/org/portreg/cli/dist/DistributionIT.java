package org.portreg.cli.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.Main;
import picocli.CommandLine;

/**
 * The installable archive that {@code ./mvnw package} builds, unpacked and run as a user would:
 * through a symlink from another folder, on a machine with no registry imported and no Maven.
 */
class DistributionIT {
  private static final Path TARGET = Path.of(System.getProperty("portreg.target", "target"));

  @TempDir static Path work;
  private static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = archive();
    Path unpacked = Files.createDirectories(work.resolve("opt"));
    run(List.of("tar", "-xzf", archive.toString(), "-C", unpacked.toString()), Map.of());
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(unpacked, "portreg-*")) {
      home = dirs.iterator().next();
    }
  }

  @Test
  void runsALookupThroughASymlinkFromTheBundledSnapshot() throws Exception {
    Path bin = Files.createDirectories(work.resolve("elsewhere/bin"));
    Path link = Files.createSymbolicLink(bin.resolve("portreg"), home.resolve("bin/portreg"));

    Result lookup = run(List.of(link.toString(), "lookup", "443/tcp"), freshUser("lookup"));

    assertThat(lookup.code()).as(lookup.err()).isZero();
    assertThat(lookup.out()).contains("https").contains("443").contains("tcp");
    Result version = run(List.of(link.toString(), "--version"), freshUser("version"));
    assertThat(version.out())
        .matches("(?s)portreg \\S+ \\(registry \\d{4}-\\d{2}-\\d{2}, bundled\\)\\s*");
  }

  @Test
  void shipsAManPageAndCompletionForEveryCommand() throws IOException {
    String bash = Files.readString(home.resolve("completion/portreg.bash"));
    assertThat(home.resolve("completion/_portreg")).isRegularFile();
    for (String command : commandNames(new CommandLine(new Main()), "portreg")) {
      assertThat(home.resolve("man/man1/" + command + ".1")).as(command).isRegularFile();
      String last = command.substring(command.lastIndexOf('-') + 1);
      assertThat(bash).as("completion of %s", command).contains(last);
    }
    assertThat(home.resolve("LICENSE")).isRegularFile();
    assertThat(Files.readString(home.resolve("NOTICE"))).contains("CC0");
    assertThat(home.resolve("lib/portreg.jar")).isRegularFile();
  }

  private static List<String> commandNames(CommandLine command, String name) {
    List<String> names = new ArrayList<>(List.of(name));
    command
        .getSubcommands()
        .forEach(
            (sub, cli) -> {
              if (cli.getCommandName().equals(sub)) {
                names.addAll(commandNames(cli, name + "-" + sub));
              }
            });
    return names;
  }

  /** The environment of a user who has never run portreg: empty data and cache folders. */
  private static Map<String, String> freshUser(String name) throws IOException {
    Path user = Files.createDirectories(work.resolve("users").resolve(name));
    return Map.of(
        "XDG_DATA_HOME", Files.createDirectories(user.resolve("data")).toString(),
        "XDG_CACHE_HOME", Files.createDirectories(user.resolve("cache")).toString(),
        "PATH", "/usr/local/bin:/usr/bin:/bin");
  }

  private static Path archive() throws IOException {
    try (DirectoryStream<Path> found = Files.newDirectoryStream(TARGET, "portreg-*.tar.gz")) {
      return found.iterator().next();
    }
  }

  private record Result(int code, String out, String err) {}

  private static Result run(List<String> command, Map<String, String> env) throws Exception {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.directory(work.toFile());
    builder.environment().remove("PORTREG_DB");
    builder.environment().remove("PORTREG_REGISTRY");
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("no answer within 5 minutes: " + command);
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
