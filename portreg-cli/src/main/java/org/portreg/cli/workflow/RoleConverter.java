package org.portreg.cli.workflow;

import org.portreg.workflow.Role;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a role a user may hold: {@code applicant}, {@code expert}, {@code local-expert} or {@code
 * admin}.
 */
final class RoleConverter implements ITypeConverter<Role> {
  @Override
  public Role convert(String value) {
    return Role.parse(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown role '"
                        + value
                        + "', expected applicant, expert, local-expert or admin"));
  }
}
