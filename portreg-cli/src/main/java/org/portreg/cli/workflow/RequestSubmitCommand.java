package org.portreg.cli.workflow;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.InputLimit;
import org.portreg.cli.common.LocalEntryOptions;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.PolicyOption;
import org.portreg.cli.common.RejectedInputException;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.UsageException;
import org.portreg.error.ConflictException;
import org.portreg.format.json.RequestJson;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalRequests;
import org.portreg.local.Policy;
import org.portreg.local.Verdict;
import org.portreg.store.Store;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.InvalidRequestException;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg request submit FILE.json} (to IANA) or {@code portreg request submit --local
 * FILE|--name NAME --ports P --transport T --owner TEAM …} (to the organisation's own registry),
 * {@code [--as USER] [--format text|json]}.
 */
@Command(
    name = "submit",
    mixinStandardHelpOptions = true,
    description = {
      "Submit an assignment request written as JSON (docs/workflow.md, \"Request JSON\").",
      "A valid request is checked at once (state CHECKED) and holds its name and port until it is"
          + " assigned, rejected or withdrawn. A request that breaks a rule, or asks for a name or"
          + " port another open request holds, exits 65 with one line per problem.",
      "With --local, a request for the local registry (docs/local.md): one entry from FILE (JSON,"
          + " YAML or CSV with the fields of 'local import') or from --name and the options of"
          + " 'local add'. It is refused (exit 65) when a local assignment or an open local request"
          + " holds its name or a port; what 'check' says of it (IANA, the policy) is printed and"
          + " shown to the local experts who review it."
    })
final class RequestSubmitCommand implements Callable<Integer> {
  @ParentCommand private RequestCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The request as JSON; with --local, the local entry (JSON, YAML or CSV).")
  private Path file;

  @Option(names = "--local", description = "A request for the organisation's own registry.")
  private boolean local;

  @Option(names = "--name", paramLabel = "NAME", description = "With --local: the service name.")
  private String name;

  @Mixin private LocalEntryOptions fields;
  @Mixin private PolicyOption policy;

  @Mixin
  private FormatOption format =
      new FormatOption(
          "Output: text (one line, the default) or json (the stored request).",
          OutputFormat.TEXT,
          OutputFormat.JSON);

  @Override
  public Integer call() throws IOException {
    OutputFormat output = format.get();
    // Everything the command reads comes first: nothing is stored when the input or policy is bad.
    LocalAssignment entry = local ? entry() : null;
    AssignmentRequest request = local ? null : ianaRequest();
    Policy inForce = local ? policy.read() : Policy.none();
    StoredRequest stored;
    Optional<Verdict> check = Optional.empty();
    try (Store store = storeOption.open()) {
      User applicant = acting.of(store.accounts());
      if (local) {
        stored = submit(store, entry, applicant);
        check = LocalRequestCheck.of(store, inForce, stored);
      } else {
        stored = submit(store, request, applicant);
      }
    }
    print(parent.out(), output, stored, check);
    return ExitCodes.OK;
  }

  private AssignmentRequest ianaRequest() throws IOException {
    if (file == null) {
      throw new UsageException("give the request's FILE, or --local for a local request");
    }
    if (name != null || fields.isGiven()) {
      throw new UsageException("--name and the fields of a local entry go with --local");
    }
    return RequestJson.read(InputLimit.readFile(file), file.toString());
  }

  /** The local entry from FILE or from the options, exactly one of them. */
  private LocalAssignment entry() {
    if ((file == null) == (name == null)) {
      throw new UsageException("with --local, give the entry's FILE or --name NAME, not both");
    }
    if (file != null) {
      if (fields.isGiven()) {
        throw new UsageException("the entry's fields come from FILE or from the options, not both");
      }
      return LocalRequests.read(file);
    }
    return fields.entry(name);
  }

  private static void print(
      PrintStream out, OutputFormat output, StoredRequest stored, Optional<Verdict> check)
      throws IOException {
    if (output == OutputFormat.JSON) {
      try (RequestDocuments json = new RequestDocuments(out)) {
        json.request(stored, check);
      }
    } else {
      out.println(RequestText.summary(stored));
      check.ifPresent(v -> LocalRequestCheck.print(out, v));
    }
    out.flush();
  }

  private StoredRequest submit(Store store, AssignmentRequest request, User applicant) {
    return submit(store, request, applicant, file.toString());
  }

  /** Submits {@code request}, read from {@code source}; a refusal names the source. */
  static StoredRequest submit(
      Store store, AssignmentRequest request, User applicant, String source) {
    try {
      return store.registrar().submit(request, applicant);
    } catch (ConflictException | InvalidRequestException refused) {
      throw new RejectedInputException(source, refused);
    }
  }

  private StoredRequest submit(Store store, LocalAssignment entry, User applicant) {
    try {
      return store.registrar().submitLocal(entry, applicant);
    } catch (ConflictException refused) {
      throw new RejectedInputException(file != null ? file.toString() : entry.name(), refused);
    }
  }
}
