package org.portreg.cli.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code portreg service revoke NAME --comment-period-end YYYY-MM-DD --reason TEXT [--as ADMIN]}
 * (§8.4).
 */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = {
      "Revoke a service (RFC 6335 §8.4) once the public call for comments has ended: its ports"
          + " become Reserved with the note \"Revoked on DATE, previously NAME by [assignee]\".",
      "Refused before the end of the comment period (allowed on that day)."
    })
final class ServiceRevokeCommand implements Callable<Integer> {
  @ParentCommand private ServiceCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "NAME", description = "The service name.")
  private String name;

  @Option(
      names = "--comment-period-end",
      required = true,
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "The last day of the public call for comments.")
  private LocalDate commentPeriodEnd;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  private String reason;

  /** Parses an ISO date such as {@code 2026-12-31}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("expected a date YYYY-MM-DD, was '" + value + "'");
      }
    }
  }

  @Override
  public Integer call() {
    parent.change(
        storeOption,
        acting,
        (registrar, user) -> registrar.revoke(name, commentPeriodEnd, user, reason));
    return ExitCodes.OK;
  }
}
