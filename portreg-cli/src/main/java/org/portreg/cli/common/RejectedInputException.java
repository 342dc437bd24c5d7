package org.portreg.cli.common;

import java.util.List;
import org.portreg.error.RegistryException;
import org.portreg.workflow.InvalidRequestException;

/**
 * Input the store refused: a request that breaks rules of RFC 6335, or one that asks for a name or
 * port an open request holds. The command line maps it to exit code 65, one line per reason, each
 * prefixed with the input's name.
 */
public final class RejectedInputException extends RegistryException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final List<String> reasons;

  /** The refusal {@code cause} of the input named {@code source}. */
  public RejectedInputException(String source, RegistryException cause) {
    super(source + ": " + cause.getMessage(), cause);
    this.source = source;
    this.reasons =
        cause instanceof InvalidRequestException invalid
            ? invalid.violations().stream().map(v -> v.field() + ": " + v.message()).toList()
            : List.of(cause.getMessage());
  }

  /** The lines to print: {@code source: field: message} for each violation. */
  public List<String> lines() {
    return reasons.stream().map(reason -> source + ": " + reason).toList();
  }
}
