package org.portreg.cli.workflow;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.portreg.cli.common.CommandSetup;
import org.portreg.cli.common.FastArgs;
import org.portreg.cli.common.InputLimit;
import org.portreg.cli.common.StoreOption;
import org.portreg.format.json.RequestJson;
import org.portreg.store.Store;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/**
 * The request steps of the README without picocli, whose model of the {@code request} commands took
 * a cold JVM longer than the step itself: {@code request submit FILE}, {@code request decide ID
 * approve|reject|ask} and {@code request assign ID}, with {@code --reason}, {@code --as} and {@code
 * --db} only. They run the commands' own code ({@link RequestSubmitCommand#submit}, {@link
 * RequestCommand#act}), so the answer, the errors and the exit codes are the same; anything else
 * (another option, {@code --local}, {@code --format}, help, a missing reason, an argument that does
 * not parse) goes to the full command, which gives picocli's messages.
 */
public final class RequestFastPath {
  /** What {@link #tryRun} returns when it did not run the command. */
  public static final int NOT_HANDLED = -1;

  private static final List<String> OPTIONS = List.of("--as", "--reason", "--db");

  private RequestFastPath() {}

  /**
   * Runs the step when the arguments allow it.
   *
   * @return the exit code, or {@link #NOT_HANDLED}
   * @throws IOException when the request's file cannot be read
   */
  public static int tryRun(String[] args, OutputStream stream) throws IOException {
    if (args.length < 3 || !"request".equals(args[0])) {
      return NOT_HANDLED;
    }
    FastArgs parsed = FastArgs.parse(Arrays.copyOfRange(args, 1, args.length), OPTIONS, List.of());
    if (parsed == null || startsAnOption(parsed)) {
      return NOT_HANDLED;
    }
    List<String> words = parsed.words();
    return switch (args[1]) {
      case "submit" ->
          words.size() == 1 && !parsed.has("--reason")
              ? submit(words.get(0), parsed, stream)
              : NOT_HANDLED;
      case "decide" ->
          words.size() == 2
              ? act(words.get(0), decision(words.get(1)), parsed, stream)
              : NOT_HANDLED;
      case "assign" ->
          words.size() == 1 ? act(words.get(0), RequestAction.ASSIGN, parsed, stream) : NOT_HANDLED;
      default -> NOT_HANDLED;
    };
  }

  /** Whether an option's value looks like an option, which picocli reads otherwise. */
  private static boolean startsAnOption(FastArgs parsed) {
    for (String option : OPTIONS) {
      if (parsed.value(option, "").startsWith("-")) {
        return true;
      }
    }
    return false;
  }

  /** The action of a decision word, or null for the full command to name the mistake. */
  private static RequestAction decision(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "approve", "reject", "ask" -> RequestDecideCommand.action(word);
      default -> null;
    };
  }

  private static int submit(String fileName, FastArgs parsed, OutputStream stream)
      throws IOException {
    Path file;
    try {
      file = Path.of(fileName);
    } catch (InvalidPathException e) {
      return NOT_HANDLED;
    }
    CommandSetup.prepare();
    AssignmentRequest request = RequestJson.read(InputLimit.readFile(file), file.toString());
    StoredRequest stored;
    try (Store store = StoreOption.open(parsed.value("--db", null))) {
      User applicant = ActingUser.of(store.accounts(), parsed.value("--as", null));
      stored = RequestSubmitCommand.submit(store, request, applicant, file.toString());
    }
    PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
    out.println(RequestText.summary(stored));
    out.flush();
    return 0;
  }

  private static int act(String id, RequestAction action, FastArgs parsed, OutputStream stream) {
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return NOT_HANDLED;
    }
    String reason = parsed.value("--reason", null);
    if (action == null || reason == null) {
      return NOT_HANDLED;
    }
    CommandSetup.prepare();
    PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
    RequestCommand.act(
        parsed.value("--db", null), parsed.value("--as", null), number, action, reason, out);
    return 0;
  }
}
