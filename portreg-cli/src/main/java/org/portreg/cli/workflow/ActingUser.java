package org.portreg.cli.workflow;

import java.util.Optional;
import org.portreg.cli.common.UsageException;
import org.portreg.error.PermissionDeniedException;
import org.portreg.store.Accounts;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;
import picocli.CommandLine.Option;

/**
 * {@code --as USER}: the one place that decides which store user a command acts as. Without the
 * option, the user named by {@code PORTREG_USER}, else the operating-system user name.
 */
final class ActingUser {
  /** The environment variable naming the acting user when {@code --as} is absent. */
  static final String ENV = "PORTREG_USER";

  @Option(
      names = "--as",
      paramLabel = "USER",
      description = "The store user to act as (default: $PORTREG_USER, else the OS user name).")
  private String option;

  /** The chosen username: {@code option}, else {@code env}, else {@code os}. */
  static String resolve(String option, String env, String os) {
    if (option != null) {
      return option;
    }
    return env != null && !env.isBlank() ? env : os;
  }

  /** The username this command acts as. */
  String username() {
    return username(option);
  }

  /** The username a command acts as when {@code --as} gave {@code option} (or null). */
  static String username(String option) {
    return resolve(option, System.getenv(ENV), System.getProperty("user.name"));
  }

  /**
   * The acting user.
   *
   * @throws UsageException naming an unknown user and how to add one
   */
  User of(Accounts accounts) {
    return of(accounts, option);
  }

  /** The acting user when {@code --as} gave {@code option} (or null), as {@link #of(Accounts)}. */
  static User of(Accounts accounts, String option) {
    String name = username(option);
    return accounts.user(name).orElseThrow(() -> unknown(name));
  }

  /**
   * The acting user when known. A user named with {@code --as} must exist; the default user may be
   * missing, for commands that only read.
   */
  Optional<User> ifKnown(Accounts accounts) {
    return option != null ? Optional.of(of(accounts)) : accounts.user(username());
  }

  /**
   * Who the audit log names for user and token administration: the {@code --as} user, who must be
   * an active admin, else {@code cli:<OS user name>} (whoever runs the command holds the database).
   *
   * @throws PermissionDeniedException when the {@code --as} user is not an active admin
   */
  String administrator(Accounts accounts) {
    if (option == null) {
      return "cli:" + System.getProperty("user.name");
    }
    return admin(accounts, "managing users and tokens").username();
  }

  /**
   * The acting user, who must be an active admin to do {@code what}.
   *
   * @throws PermissionDeniedException naming {@code what} when the user is not an active admin
   */
  User admin(Accounts accounts, String what) {
    User user = of(accounts);
    if (user.as(Role.ADMIN).isEmpty()) {
      throw new PermissionDeniedException(
          what + " needs an active admin; user '" + user.username() + "' is not one");
    }
    return user;
  }

  private static UsageException unknown(String name) {
    return new UsageException(
        "no user '"
            + name
            + "' in the store; add one with 'portreg user add "
            + name
            + " --name NAME --email EMAIL --role applicant' or choose another with --as USER");
  }
}
