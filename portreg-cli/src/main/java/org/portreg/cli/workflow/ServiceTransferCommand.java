package org.portreg.cli.workflow;

import java.util.concurrent.Callable;
import org.portreg.cli.common.ExitCodes;
import org.portreg.cli.common.StoreOption;
import org.portreg.cli.common.UserInput;
import org.portreg.workflow.Contact;
import org.portreg.workflow.TransferAuthority;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code portreg service transfer NAME --assignee ID,NAME,EMAIL[,ORG] --contact ID,NAME,EMAIL[,ORG]
 * (--consent-of ASSIGNEE-ID | --override REASON) --reason TEXT [--as ADMIN]} (§8.5).
 */
@Command(
    name = "transfer",
    mixinStandardHelpOptions = true,
    description = {
      "Transfer a service to a new assignee (RFC 6335 §8.5): its records get the new assignee and"
          + " contact and are registered today. New people join the people table.",
      "Either the current assignee consents (--consent-of names their people-table ID), or an"
          + " administrator overrides with a written reason when the assignee cannot be reached."
    })
final class ServiceTransferCommand implements Callable<Integer> {
  @ParentCommand private ServiceCommand parent;
  @Mixin private StoreOption storeOption;
  @Mixin private ActingUser acting;

  @Parameters(index = "0", paramLabel = "NAME", description = "The service name.")
  private String name;

  @Option(
      names = "--assignee",
      required = true,
      paramLabel = "ID,NAME,EMAIL[,ORG]",
      converter = ContactConverter.class,
      description = "The new assignee.")
  private Contact assignee;

  @Option(
      names = "--contact",
      required = true,
      paramLabel = "ID,NAME,EMAIL[,ORG]",
      converter = ContactConverter.class,
      description = "The new contact (may repeat the assignee).")
  private Contact contact;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Authority authority;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  private String reason;

  /** Exactly one of the current assignee's consent or an administrator's override. */
  static final class Authority {
    @Option(
        names = "--consent-of",
        paramLabel = "ASSIGNEE-ID",
        description = "The people-table ID of the current assignee, who agrees.")
    private String consentOf;

    @Option(
        names = "--override",
        paramLabel = "REASON",
        description = "Why the assignee's consent cannot be had (goes into the summary).")
    private String override;

    /** The authority the chosen option names. */
    TransferAuthority toAuthority() {
      return consentOf != null
          ? new TransferAuthority.ByAssignee(consentOf.strip())
          : new TransferAuthority.AdministratorOverride(override);
    }
  }

  @Override
  public Integer call() {
    TransferAuthority by = UserInput.check(authority::toAuthority);
    parent.change(
        storeOption,
        acting,
        (registrar, user) -> registrar.transfer(name, assignee, contact, by, user, reason));
    return ExitCodes.OK;
  }
}
