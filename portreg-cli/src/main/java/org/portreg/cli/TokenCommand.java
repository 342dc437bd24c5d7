package org.portreg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.portreg.store.IssuedToken;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg token issue USERNAME --label TEXT [--as ADMIN]}: an API bearer token. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Issue API tokens (Authorization: Bearer SECRET).",
    subcommands = {TokenCommand.Issue.class})
final class TokenCommand implements Runnable {
  @ParentCommand private Main main;

  @Override
  public void run() {
    throw new UsageException("a token command is required: issue");
  }

  /** {@code portreg token issue}: prints the secret, which the store does not keep. */
  @Command(
      name = "issue",
      mixinStandardHelpOptions = true,
      description = {
        "Issue an API token for a user and print its secret: this is the only time it is shown.",
        "The audit log names the --as user (an admin), else cli:<OS user name>."
      })
  static final class Issue implements Callable<Integer> {
    @ParentCommand private TokenCommand parent;
    @Mixin private StoreOption storeOption;
    @Mixin private ActingUser acting;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "Who the token acts for.")
    private String username;

    @Option(
        names = "--label",
        required = true,
        paramLabel = "TEXT",
        description = "What it is for.")
    private String label;

    @Override
    public Integer call() {
      IssuedToken token;
      try (Store store = storeOption.open()) {
        token =
            store.accounts().issueToken(username, label, acting.administrator(store.accounts()));
      }
      PrintStream out = new PrintStream(parent.main.out(), false, StandardCharsets.UTF_8);
      out.println(
          "token #" + token.id() + " for " + username + " (" + label + "), shown only this once:");
      out.println(token.secret());
      out.flush();
      return ExitCodes.OK;
    }
  }
}
