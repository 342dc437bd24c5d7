package org.portreg.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a JVM of its own on this test's class path: for what a test JVM
 * cannot show, such as behaviour under a small heap or a driver loaded once per JVM.
 */
public final class ChildJvm {
  /** The exit code and what the child wrote (standard output and error together). */
  public record Result(int exit, String output) {}

  private ChildJvm() {}

  /**
   * Runs {@code main} with {@code jvmOptions} and {@code args}, writing its output to {@code log};
   * waits up to five minutes for it to end.
   *
   * @throws IllegalStateException when it has not ended by then (it is killed)
   */
  public static Result run(Path log, List<String> jvmOptions, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process child =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new IllegalStateException("the child JVM did not end in five minutes: " + command);
    }
    return new Result(child.exitValue(), Files.readString(log));
  }
}
