package org.portreg.cli.workflow;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.TransportConverter;
import org.portreg.cli.common.UserInput;
import org.portreg.model.Transport;
import org.portreg.store.Store;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.Role;
import org.portreg.workflow.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg user add USERNAME --name NAME --email EMAIL --role ROLE,... [--expert-for tcp,...]
 * [--password-stdin] [--as ADMIN]}.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Add a user. Without --password-stdin the user signs in with API tokens only"
          + " ('portreg token issue').",
      "The audit log names the --as user (an admin), else cli:<OS user name>: whoever runs this"
          + " holds the database."
    })
final class UserAddCommand implements Callable<Integer> {
  @ParentCommand private UserCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "USERNAME", description = "The sign-in name.")
  private String username;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "Display name.")
  private String name;

  @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "E-mail.")
  private String email;

  @Option(
      names = "--role",
      required = true,
      split = ",",
      paramLabel = "ROLE",
      converter = RoleConverter.class,
      description = "applicant, expert, local-expert and/or admin, comma-separated.")
  private List<Role> roles;

  @Option(
      names = "--expert-for",
      split = ",",
      paramLabel = "TRANSPORT",
      converter = TransportConverter.class,
      description = "The transports an expert reviews, such as tcp,udp.")
  private List<Transport> expertFor = List.of();

  @Option(
      names = "--password-stdin",
      description =
          "Set a web sign-in password (10 characters or more): asked twice without echo on a"
              + " terminal, else the first line of standard input.")
  private boolean passwordStdin;

  @Override
  public Integer call() throws IOException {
    Optional<String> password = passwordStdin ? Optional.of(readPassword()) : Optional.empty();
    NewUser user =
        UserInput.check(
            () ->
                new NewUser(
                    username, name, email, password, Set.copyOf(roles), Set.copyOf(expertFor)));
    User added;
    try (Store store = storeOption.open()) {
      String admin = acting.administrator(store.accounts());
      added = UserInput.check(() -> store.accounts().createUser(user, admin));
    }
    PrintStream out = parent.out();
    out.println("added " + UserText.describe(added));
    out.flush();
    return ExitCodes.OK;
  }

  private String readPassword() throws IOException {
    return PasswordInput.read(parent.main().in(), username);
  }
}
