package org.portreg.cli.workflow;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.PolicyOption;
import org.portreg.cli.common.StoreOption;
import org.portreg.error.NotFoundException;
import org.portreg.local.Verdict;
import org.portreg.store.Registrar;
import org.portreg.store.Store;
import org.portreg.workflow.Permissions;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;
import org.portreg.workflow.Warning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg request show ID [--format text|json] [--as USER]}. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Show a request, its state and its history.",
      "When the acting user is an expert or an admin, also the warnings the expert reviews"
          + " (similar names, several ports, ...).",
      "Of a local request, its local experts, the admins and its applicant also see what 'check'"
          + " says of the entry (IANA, the policy in force, the local assignments)."
    })
final class RequestShowCommand implements Callable<Integer> {
  @ParentCommand private RequestCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "ID", description = "The request's number.")
  private long id;

  @Mixin private PolicyOption policy;

  @Mixin
  private FormatOption format =
      new FormatOption(
          "Output: text (for people, the default) or json (for tools).",
          OutputFormat.TEXT,
          OutputFormat.JSON);

  /** What the command shows: the request, its history, and what its reader may see besides. */
  private record Shown(
      StoredRequest request,
      List<RequestEvent> events,
      Optional<List<Warning>> warnings,
      Optional<Verdict> check) {}

  @Override
  public Integer call() throws IOException {
    OutputFormat output = format.get();
    Shown shown;
    try (Store store = storeOption.open()) {
      shown = load(store);
    }
    PrintStream out = parent.out();
    if (output == OutputFormat.JSON) {
      try (RequestDocuments json = new RequestDocuments(out)) {
        json.details(shown.request(), shown.events(), shown.warnings(), shown.check());
      }
    } else {
      RequestText.details(out, shown.request(), shown.events(), shown.warnings(), shown.check());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Shown load(Store store) {
    Registrar registrar = store.registrar();
    StoredRequest request =
        registrar.request(id).orElseThrow(() -> new NotFoundException("no request #" + id));
    Optional<User> viewer = acting.ifKnown(store.accounts());
    Optional<List<Warning>> warnings = Optional.empty();
    Optional<Verdict> check = Optional.empty();
    if (request.isLocal() && viewer.filter(u -> seesCheck(u, request)).isPresent()) {
      check = LocalRequestCheck.of(store, policy.read(), request);
    } else if (!request.isLocal() && viewer.filter(this::reviews).isPresent()) {
      warnings = Optional.of(registrar.warnings(request.request()));
    }
    return new Shown(request, registrar.events(id), warnings, check);
  }

  private boolean reviews(User user) {
    return user.as(Role.EXPERT).isPresent() || user.as(Role.ADMIN).isPresent();
  }

  /**
   * A local request's check is for those who review it (local experts, admins) and its applicant.
   */
  private static boolean seesCheck(User user, StoredRequest request) {
    return Permissions.reviews(user, request) || Permissions.isApplicant(user, request);
  }
}
