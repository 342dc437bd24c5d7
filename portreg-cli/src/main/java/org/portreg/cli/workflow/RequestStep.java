package org.portreg.cli.workflow;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that acts on one request takes: the request's number and the written reason
 * ({@code ID --reason TEXT}). A picocli mixin.
 */
final class RequestStep {
  @Parameters(index = "0", paramLabel = "ID", description = "The request's number.")
  long id;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  String reason;
}
