package org.portreg.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.portreg.model.Transport;
import org.portreg.store.Store;
import org.portreg.workflow.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code portreg user list}: every user, by username. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the users: username, roles, expert transports, name, e-mail.")
final class UserListCommand implements Callable<Integer> {
  @ParentCommand private UserCommand parent;
  @Mixin private StoreOption storeOption;

  @Override
  public Integer call() {
    List<User> users;
    try (Store store = storeOption.open()) {
      users = store.accounts().users();
    }
    PrintStream out = parent.out();
    users.forEach(u -> out.println(describe(u)));
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code jane expert(tcp,udp),admin Jane Doe <jane@example.org>}, and whether inactive. */
  static String describe(User u) {
    String roles =
        u.roles().stream()
            .map(r -> r.name().toLowerCase(Locale.ROOT) + expertise(r.name(), u))
            .collect(Collectors.joining(","));
    String inactive = u.active() ? "" : "  (inactive)";
    return u.username() + "  " + roles + "  " + u.displayName() + " <" + u.email() + ">" + inactive;
  }

  private static String expertise(String role, User u) {
    if (!role.equals("EXPERT")) {
      return "";
    }
    return u.expertFor().stream().map(Transport::token).collect(Collectors.joining(",", "(", ")"));
  }
}
