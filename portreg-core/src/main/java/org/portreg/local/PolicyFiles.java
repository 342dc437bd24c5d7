package org.portreg.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Which policy file is in force: the one named on the command line, else {@code $PORTREG_POLICY},
 * else {@code $XDG_CONFIG_HOME/portreg/policy.yaml} (or {@code ~/.config/portreg/policy.yaml}) when
 * it exists, else none. Stateless.
 */
public final class PolicyFiles {
  /** The environment variable naming the policy file. */
  public static final String ENVIRONMENT_VARIABLE = "PORTREG_POLICY";

  private PolicyFiles() {}

  /**
   * The policy file to read, if any.
   *
   * @param option the file named on the command line, or null
   * @param env reads an environment variable (null when unset)
   * @param home the user's home folder
   */
  public static Optional<Path> locate(Path option, UnaryOperator<String> env, Path home) {
    if (option != null) {
      return Optional.of(option);
    }
    String named = env.apply(ENVIRONMENT_VARIABLE);
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named.strip()));
    }
    String config = env.apply("XDG_CONFIG_HOME");
    Path base = config != null && !config.isBlank() ? Path.of(config) : home.resolve(".config");
    Path file = base.resolve("portreg").resolve("policy.yaml");
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }
}
