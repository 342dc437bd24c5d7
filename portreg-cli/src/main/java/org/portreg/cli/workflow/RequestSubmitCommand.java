package org.portreg.cli.workflow;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.InputLimit;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RejectedInputException;
import org.portreg.cli.common.StoreOption;
import org.portreg.error.ConflictException;
import org.portreg.format.json.RequestJson;
import org.portreg.store.Store;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.InvalidRequestException;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg request submit FILE.json [--as USER] [--format text|json]}. */
@Command(
    name = "submit",
    mixinStandardHelpOptions = true,
    description = {
      "Submit an assignment request written as JSON (docs/workflow.md, \"Request JSON\").",
      "A valid request is checked at once (state CHECKED) and holds its name and port until it is"
          + " assigned, rejected or withdrawn. A request that breaks a rule, or asks for a name or"
          + " port another open request holds, exits 65 with one line per problem."
    })
final class RequestSubmitCommand implements Callable<Integer> {
  @ParentCommand private RequestCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "FILE", description = "The request as JSON.")
  private Path file;

  @Mixin
  private FormatOption format =
      new FormatOption(
          "Output: text (one line, the default) or json (the stored request).",
          OutputFormat.TEXT,
          OutputFormat.JSON);

  @Override
  public Integer call() throws IOException {
    OutputFormat output = format.get();
    AssignmentRequest request = RequestJson.read(InputLimit.readFile(file), file.toString());
    StoredRequest stored;
    try (Store store = storeOption.open()) {
      User applicant = acting.of(store.accounts());
      stored = submit(store, request, applicant);
    }
    PrintStream out = parent.out();
    if (output == OutputFormat.JSON) {
      try (RequestDocuments json = new RequestDocuments(out)) {
        json.request(stored);
      }
    } else {
      out.println(RequestText.summary(stored));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private StoredRequest submit(Store store, AssignmentRequest request, User applicant) {
    try {
      return store.registrar().submit(request, applicant);
    } catch (ConflictException | InvalidRequestException refused) {
      throw new RejectedInputException(file.toString(), refused);
    }
  }
}
