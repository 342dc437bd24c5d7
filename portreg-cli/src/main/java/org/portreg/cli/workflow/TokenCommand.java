package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.UsageException;
import org.portreg.cli.common.UserInput;
import org.portreg.store.IssuedToken;
import org.portreg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg token issue USERNAME --label TEXT [--as ADMIN]}: an API bearer token; {@code
 * portreg token revoke ID [--as ADMIN]}: the end of one.
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Issue and revoke API tokens (Authorization: Bearer SECRET).",
    subcommands = {TokenCommand.Issue.class, TokenCommand.Revoke.class})
public final class TokenCommand implements Runnable {
  @ParentCommand private Terminal main;

  @Override
  public void run() {
    throw new UsageException("a token command is required: issue or revoke");
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
        String admin = acting.administrator(store.accounts());
        token = UserInput.check(() -> store.accounts().issueToken(username, label, admin));
      }
      PrintStream out = new PrintStream(parent.main.out(), false, StandardCharsets.UTF_8);
      out.println(
          "token #" + token.id() + " for " + username + " (" + label + "), shown only this once:");
      out.println(token.secret());
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code portreg token revoke ID}: the token signs nobody in any more. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = {
        "Revoke an API token by the number 'token issue' printed: it signs nobody in any more.",
        "The audit log names the --as user (an admin), else cli:<OS user name>."
      })
  static final class Revoke implements Callable<Integer> {
    @ParentCommand private TokenCommand parent;
    @Mixin private StoreOption storeOption;
    @Mixin private ActingUser acting;

    @Parameters(index = "0", paramLabel = "ID", description = "The token's number.")
    private long id;

    @Override
    public Integer call() {
      try (Store store = storeOption.open()) {
        store.accounts().revokeToken(id, acting.administrator(store.accounts()));
      }
      PrintStream out = new PrintStream(parent.main.out(), false, StandardCharsets.UTF_8);
      out.println("revoked token #" + id);
      out.flush();
      return ExitCodes.OK;
    }
  }
}
