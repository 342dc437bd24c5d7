package org.portreg.cli.workflow;

import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.TransportConverter;
import org.portreg.cli.common.UsageException;
import org.portreg.cli.common.UserInput;
import org.portreg.error.NotFoundException;
import org.portreg.model.Transport;
import org.portreg.notify.NotifyPreference;
import org.portreg.store.Accounts;
import org.portreg.store.Store;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg user update USERNAME [--role ROLE,...] [--local-expert true|false] [--expert-for
 * T,...] [--active true|false] [--notify all|decisions|none] [--as ADMIN]}: what is not given stays
 * as it is.
 */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Change a user's roles, expert transports, password, whether they may sign in or which"
          + " e-mail they get; what is not given stays as it is. Dropping the expert role drops"
          + " the expert transports too.",
      "An inactive user's sessions and tokens sign nobody in. The audit log names the --as user"
          + " (an admin), else cli:<OS user name>."
    })
final class UserUpdateCommand implements Callable<Integer> {
  @ParentCommand private UserCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "USERNAME", description = "Whom to change.")
  private String username;

  @Option(
      names = "--role",
      split = ",",
      paramLabel = "ROLE",
      converter = RoleConverter.class,
      description = "The new roles: applicant, expert, local-expert and/or admin, comma-separated.")
  private List<Role> roles;

  @Option(
      names = "--local-expert",
      paramLabel = "true|false",
      arity = "1",
      description =
          "Whether the user reviews the requests for the local registry (the role local-expert),"
              + " the other roles kept.")
  private Boolean localExpert;

  @Option(
      names = "--expert-for",
      split = ",",
      paramLabel = "TRANSPORT",
      converter = TransportConverter.class,
      description = "The new transports an expert reviews, such as tcp,udp.")
  private List<Transport> expertFor;

  @Option(
      names = "--active",
      paramLabel = "true|false",
      arity = "1",
      description = "Whether the user may sign in and act.")
  private Boolean active;

  @Option(
      names = "--password-stdin",
      description =
          "Set a new web sign-in password (10 characters or more): asked twice without echo on a"
              + " terminal, else the first line of standard input.")
  private boolean passwordStdin;

  @Option(
      names = "--notify",
      paramLabel = "all|decisions|none",
      description =
          "Which e-mail the user gets: all, decisions (approved, rejected, assigned, information"
              + " asked for, changed assignments) or none.")
  private String notify;

  @Override
  public Integer call() throws IOException {
    boolean changesAccount =
        roles != null || localExpert != null || expertFor != null || active != null;
    if (!changesAccount && !passwordStdin && notify == null) {
      throw new UsageException(
          "nothing to change: give --role, --local-expert, --expert-for, --active,"
              + " --password-stdin and/or --notify");
    }
    Optional<NotifyPreference> preference =
        Optional.ofNullable(notify).map(NotifyPreference::parse);
    Optional<String> password =
        passwordStdin
            ? Optional.of(PasswordInput.read(parent.main().in(), username))
            : Optional.empty();
    User updated = apply(changesAccount, password, preference);
    PrintStream out = parent.out();
    out.println("updated " + UserText.describe(updated) + (passwordStdin ? ", password set" : ""));
    preference.ifPresent(p -> out.println("notify " + p.word()));
    out.flush();
    return ExitCodes.OK;
  }

  private User apply(
      boolean changesAccount, Optional<String> password, Optional<NotifyPreference> preference) {
    try (Store store = storeOption.open()) {
      Accounts accounts = store.accounts();
      String actor = acting.administrator(accounts);
      User user =
          accounts
              .user(username)
              .orElseThrow(() -> new NotFoundException("no user '" + username + "'"));
      User updated = changesAccount ? update(accounts, user, actor) : user;
      password.ifPresent(p -> accounts.setPassword(username, p, actor));
      preference.ifPresent(p -> store.notifications().setPreference(username, p, actor));
      return updated;
    }
  }

  private User update(Accounts accounts, User user, String actor) {
    Set<Role> newRoles = newRoles(user);
    boolean on = active == null ? user.active() : active;
    Set<Transport> transports = transports(user, newRoles);
    return UserInput.check(() -> accounts.updateUser(username, newRoles, transports, on, actor));
  }

  /** The roles given, else the user's; with {@code --local-expert} the local-expert role or not. */
  private Set<Role> newRoles(User user) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    set.addAll(roles == null ? user.roles() : roles);
    if (localExpert != null) {
      if (localExpert) {
        set.add(Role.LOCAL_EXPERT);
      } else {
        set.remove(Role.LOCAL_EXPERT);
      }
    }
    return set;
  }

  /** The given transports, else the user's own while they stay an expert, else none. */
  private Set<Transport> transports(User user, Set<Role> newRoles) {
    if (expertFor != null) {
      return Set.copyOf(expertFor);
    }
    return newRoles.contains(Role.EXPERT) ? user.expertFor() : Set.of();
  }
}
