package org.portreg.cli.workflow;

import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.FormatOption;
import org.portreg.cli.common.OutputFormat;
import org.portreg.cli.common.RowOutput;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.store.Store;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.StoredRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code portreg request list [--state S,...] [--mine] [--local] [--as USER] [--format
 * table|json|csv]}.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List requests, oldest first (with --mine: the acting user's, newest first).")
final class RequestListCommand implements Callable<Integer> {
  private static final String[] HEADERS = {
    "ID", "State", "Service", "Port", "Applicant", "Submitted"
  };

  /** Parses a state name such as {@code checked} or {@code expert-review}. */
  static final class StateConverter implements ITypeConverter<RequestState> {
    @Override
    public RequestState convert(String value) {
      String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (RequestState state : RequestState.values()) {
        if (state.name().equals(name)) {
          return state;
        }
      }
      throw new TypeConversionException(
          "unknown state '" + value + "', expected one of " + List.of(RequestState.values()));
    }
  }

  @ParentCommand private RequestCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      split = ",",
      converter = StateConverter.class,
      description = "Only requests in these states, such as checked,expert-review.")
  private List<RequestState> states = List.of();

  @Option(names = "--mine", description = "Only the requests the acting user submitted.")
  private boolean mine;

  @Option(names = "--local", description = "Only the requests for the local registry.")
  private boolean localOnly;

  @Mixin
  private FormatOption format =
      new FormatOption(
          "table (default), json or csv.", OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV);

  @Override
  public Integer call() throws IOException {
    OutputFormat output = format.get();
    List<StoredRequest> requests;
    try (Store store = storeOption.open()) {
      requests = mine ? mine(store) : store.registrar().requests(wanted());
    }
    if (localOnly) {
      requests = requests.stream().filter(StoredRequest::isLocal).toList();
    }
    PrintStream out = parent.out();
    switch (output) {
      case JSON -> json(out, requests);
      case CSV -> csv(out, requests);
      default -> table(out, requests);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Set<RequestState> wanted() {
    return states.isEmpty() ? EnumSet.noneOf(RequestState.class) : EnumSet.copyOf(states);
  }

  private List<StoredRequest> mine(Store store) {
    String username = acting.of(store.accounts()).username();
    return store.registrar().requestsOf(username).stream()
        .filter(r -> states.isEmpty() || states.contains(r.state()))
        .toList();
  }

  private static String[] cells(StoredRequest r) {
    return new String[] {
      Long.toString(r.id()),
      r.state().name(),
      r.request().serviceName(),
      RequestText.port(r),
      r.applicant(),
      RequestText.time(r.submittedAt())
    };
  }

  private static void table(PrintStream out, List<StoredRequest> requests) {
    RowOutput.columns(
        out,
        HEADERS,
        requests.stream().map(RequestListCommand::cells).toList(),
        TerminalWidth.get());
  }

  private static void csv(PrintStream out, List<StoredRequest> requests) {
    out.print(String.join(",", HEADERS) + "\r\n");
    for (StoredRequest r : requests) {
      List<String> cells = List.of(cells(r)).stream().map(RowOutput::csvCell).toList();
      out.print(String.join(",", cells) + "\r\n");
    }
  }

  private static void json(PrintStream out, List<StoredRequest> requests) throws IOException {
    try (RequestDocuments json = new RequestDocuments(out)) {
      json.requests(requests);
    }
  }
}
