package org.portreg.cli.workflow;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.UserInput;
import org.portreg.model.Xref;
import org.portreg.workflow.Contact;
import org.portreg.workflow.Modification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg service modify NAME [--description TEXT] [--reference TYPE:TARGET ...] [--contact
 * ID,NAME,EMAIL[,ORG]] --reason TEXT [--as ADMIN]} (§8.6).
 */
@Command(
    name = "modify",
    mixinStandardHelpOptions = true,
    description = {
      "Change the contact, description and/or references of every assigned record of a service"
          + " (RFC 6335 §8.6); each gets Last Updated today. At least one is required.",
      "--reference replaces all references; repeat it for several."
    })
final class ServiceModifyCommand implements Callable<Integer> {
  @ParentCommand private ServiceCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "NAME", description = "The service name.")
  private String name;

  @Option(names = "--description", paramLabel = "TEXT", description = "The new description.")
  private String description;

  @Option(
      names = "--reference",
      paramLabel = "TYPE:TARGET",
      converter = ReferenceConverter.class,
      description = "A new reference: rfc:rfc9110, draft:NAME, uri:URI, person:ID, text:TEXT.")
  private List<Xref> references;

  @Option(
      names = "--contact",
      paramLabel = "ID,NAME,EMAIL[,ORG]",
      converter = ContactConverter.class,
      description = "The new contact.")
  private Contact contact;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  private String reason;

  @Override
  public Integer call() {
    Modification modification =
        UserInput.check(
            () ->
                new Modification(
                    Optional.ofNullable(contact),
                    Optional.ofNullable(description),
                    Optional.ofNullable(references)));
    parent.change(
        storeOption,
        acting,
        (registrar, user) -> registrar.modify(name, modification, user, reason));
    return ExitCodes.OK;
  }
}
