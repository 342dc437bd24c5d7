package org.portreg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.portreg.error.NotFoundException;
import org.portreg.store.Registrar;
import org.portreg.store.Store;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;
import org.portreg.workflow.Warning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portreg request show ID [--format text|json] [--as USER]}. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Show a request, its state and its history.",
      "When the acting user is an expert or an admin, also the warnings the expert reviews"
          + " (similar names, several ports, ...)."
    })
final class RequestShowCommand implements Callable<Integer> {
  @ParentCommand private RequestCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "ID", description = "The request's number.")
  private long id;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = DiffCommand.OutputFormatConverter.class,
      description = "Output: text (for people, the default) or json (for tools).")
  private DiffCommand.OutputFormat format;

  @Override
  public Integer call() throws IOException {
    StoredRequest request;
    List<RequestEvent> events;
    Optional<List<Warning>> warnings;
    try (Store store = storeOption.open()) {
      Registrar registrar = store.registrar();
      request = registrar.request(id).orElseThrow(() -> new NotFoundException("no request #" + id));
      events = registrar.events(id);
      boolean reviewer = acting.ifKnown(store.accounts()).filter(this::reviews).isPresent();
      warnings = reviewer ? Optional.of(registrar.warnings(request.request())) : Optional.empty();
    }
    PrintStream out = parent.out();
    if (format == DiffCommand.OutputFormat.JSON) {
      try (RequestDocuments json = new RequestDocuments(out)) {
        json.details(request, events, warnings);
      }
    } else {
      RequestText.details(out, request, events, warnings);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private boolean reviews(User user) {
    return user.as(Role.EXPERT).isPresent() || user.as(Role.ADMIN).isPresent();
  }
}
