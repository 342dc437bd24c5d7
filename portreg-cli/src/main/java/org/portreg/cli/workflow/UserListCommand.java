package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
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
    users.forEach(u -> out.println(UserText.describe(u)));
    out.flush();
    return ExitCodes.OK;
  }
}
