package org.portreg.cli.workflow;

import org.portreg.workflow.Role;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a role a user may hold: {@code applicant}, {@code expert} or {@code admin}. */
final class RoleConverter implements ITypeConverter<Role> {
  @Override
  public Role convert(String value) {
    for (Role role : Role.values()) {
      if (role != Role.ANONYMOUS && role.name().equalsIgnoreCase(value.strip())) {
        return role;
      }
    }
    throw new TypeConversionException(
        "unknown role '" + value + "', expected applicant, expert or admin");
  }
}
