package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.UserInput;
import org.portreg.store.CreatedWatch;
import org.portreg.store.Store;
import org.portreg.workflow.User;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg watch add QUERY --email|--webhook URL [--as USER]}: saves a watch; a webhook's
 * signing secret is printed this once.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description =
        "Watch a search query: each new registry version's changes to the records it matches are"
            + " sent by e-mail or to a webhook (by 'portreg serve').")
final class WatchAddCommand implements Callable<Integer> {
  @ParentCommand private WatchCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The search query to watch.")
  private String query;

  @ArgGroup(multiplicity = "1")
  private Delivery delivery;

  static final class Delivery {
    @Option(names = "--email", description = "Send the changes to your e-mail address.")
    boolean email;

    @Option(
        names = "--webhook",
        paramLabel = "URL",
        description = "POST the changes as signed JSON to this http(s) URL.")
    String webhook;
  }

  @Override
  public Integer call() {
    CreatedWatch created;
    try (Store store = storeOption.open()) {
      User user = acting.of(store.accounts());
      Optional<String> url = Optional.ofNullable(delivery.webhook);
      created = UserInput.check(() -> store.watches().add(user, query, url));
    }
    PrintStream out = parent.out();
    out.println("watch " + WatchCommand.describe(created.watch()));
    created
        .secret()
        .ifPresent(
            s ->
                out.println(
                    "secret "
                        + s
                        + "\t(shown only now: it signs X-Portreg-Signature; keep it to check)"));
    out.flush();
    return ExitCodes.OK;
  }
}
