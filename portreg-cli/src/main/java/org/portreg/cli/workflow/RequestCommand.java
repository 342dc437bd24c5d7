package org.portreg.cli.workflow;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.Terminal;
import org.portreg.cli.common.UsageException;
import org.portreg.cli.common.UserInput;
import org.portreg.store.Store;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg request submit|list|show|decide|answer|record-approval|assign|withdraw}: the RFC
 * 6335 workflow.
 */
@Command(
    name = "request",
    mixinStandardHelpOptions = true,
    description = "Submit assignment requests and take them through review (RFC 6335 §8).",
    subcommands = {
      RequestSubmitCommand.class,
      RequestListCommand.class,
      RequestShowCommand.class,
      RequestDecideCommand.class,
      RequestAnswerCommand.class,
      RequestRecordApprovalCommand.class,
      RequestAssignCommand.class,
      RequestWithdrawCommand.class
    })
public final class RequestCommand implements Runnable {
  @ParentCommand private Terminal main;

  /** The top-level command, for its streams. */
  Terminal main() {
    return main;
  }

  /** Standard output as UTF-8 text; the caller flushes it. */
  PrintStream out() {
    return new PrintStream(main.out(), false, StandardCharsets.UTF_8);
  }

  /** Takes {@code action} on request {@code id} as the acting user; prints the summary line. */
  StoredRequest act(
      StoreOption storeOption, ActingUser acting, long id, RequestAction action, String reason) {
    StoredRequest request;
    try (Store store = storeOption.open()) {
      User user = acting.of(store.accounts());
      request = UserInput.check(() -> store.registrar().act(id, action, user, reason));
    }
    print(out(), request);
    return request;
  }

  /**
   * {@link #act} without picocli ({@link RequestFastPath}): on the database at {@code url} (null:
   * the default), as the user {@code --as} named (null: the default user).
   */
  static void act(
      String url, String as, long id, RequestAction action, String reason, PrintStream out) {
    StoredRequest request;
    try (Store store = StoreOption.open(url)) {
      User user = ActingUser.of(store.accounts(), as);
      request = UserInput.check(() -> store.registrar().act(id, action, user, reason));
    }
    print(out, request);
  }

  /** The summary line of {@code request} and the outcome of its step, if any. */
  private static void print(PrintStream out, StoredRequest request) {
    out.println(RequestText.summary(request));
    request.outcome().ifPresent(out::println);
    out.flush();
  }

  @Override
  public void run() {
    throw new UsageException(
        "a request command is required: submit, list, show, decide, answer, record-approval,"
            + " assign or withdraw");
  }
}
