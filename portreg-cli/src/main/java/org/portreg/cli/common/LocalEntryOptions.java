package org.portreg.cli.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.InvalidInputException;
import org.portreg.local.LocalAssignment;
import org.portreg.local.Scope;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import picocli.CommandLine.Option;

/**
 * The fields of a local entry as options ({@code --ports P --transport T --owner TEAM …}): what
 * {@code local add} adds and {@code request submit --local} asks for. The name is each command's
 * own. A picocli mixin; not thread-safe.
 */
public final class LocalEntryOptions {
  @Option(names = "--ports", paramLabel = "PORTS", description = "A port or range FIRST-LAST.")
  private String ports;

  @Option(names = "--transport", split = ",", paramLabel = "T", description = "tcp, udp, ...")
  private List<String> transports = new ArrayList<>();

  @Option(names = "--owner", paramLabel = "TEAM", description = "Owning team (required).")
  private String owner;

  @Option(names = "--contact", paramLabel = "TEXT", description = "How to reach the owner.")
  private String contact = "";

  @Option(names = "--scope", paramLabel = "SCOPE", description = "host, cluster or org (default).")
  private String scope = "org";

  @Option(names = "--tag", split = ",", paramLabel = "TAG", description = "Environment tags.")
  private List<String> tags = new ArrayList<>();

  @Option(names = "--description", paramLabel = "TEXT", description = "What the service is.")
  private String description = "";

  @Option(names = "--since", paramLabel = "DATE", description = "Since (default today).")
  private LocalDate since;

  @Option(names = "--expires", paramLabel = "DATE", description = "When it ends.")
  private LocalDate expires;

  @Option(names = "--notes", paramLabel = "TEXT", description = "Anything else.")
  private String notes = "";

  /** Whether any field was given. */
  public boolean isGiven() {
    return ports != null
        || !transports.isEmpty()
        || owner != null
        || !contact.isEmpty()
        || !scope.equals("org")
        || !tags.isEmpty()
        || !description.isEmpty()
        || since != null
        || expires != null
        || !notes.isEmpty();
  }

  /**
   * The entry named {@code name} with these fields.
   *
   * @throws InvalidInputException naming the option or field at fault
   */
  public LocalAssignment entry(String name) {
    if (owner == null || owner.isBlank()) {
      throw new InvalidInputException("--owner is required: the team that owns '" + name + "'");
    }
    return new LocalAssignment(
        name,
        Optional.ofNullable(ports).map(LocalEntryOptions::range),
        transports(),
        owner,
        contact,
        scope(),
        tags,
        description,
        Optional.ofNullable(since),
        Optional.ofNullable(expires),
        notes);
  }

  private Set<Transport> transports() {
    return TransportList.parse(transports);
  }

  private Scope scope() {
    return Scope.parse(scope)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "--scope must be host, cluster or org, was '" + scope + "'"));
  }

  private static PortRange range(String text) {
    try {
      return PortRange.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--ports: " + e.getMessage(), e);
    }
  }
}
