package org.portreg.server.workflow;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.portreg.error.ConflictException;
import org.portreg.error.InvalidInputException;
import org.portreg.error.NotFoundException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.model.Transport;
import org.portreg.server.auth.Principal;
import org.portreg.server.auth.Workflow;
import org.portreg.server.web.Access;
import org.portreg.server.web.Flash;
import org.portreg.server.web.Pages;
import org.portreg.server.web.view.AdminPage;
import org.portreg.server.web.view.RequestRow;
import org.portreg.workflow.Contact;
import org.portreg.workflow.InvalidRequestException;
import org.portreg.workflow.Modification;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.Role;
import org.portreg.workflow.TransferAuthority;
import org.portreg.workflow.User;

/**
 * The administrator's page and its forms: requests to check, approve and assign; de-assign,
 * transfer and modify a service (a revocation is proposed here and decided on its own page, {@code
 * /revocations/{id}}, after its public comment period); users and their roles; the audit log. Every
 * form redirects back to {@code /admin} (303) with a flash message saying what happened or why it
 * did not. Thread-safe.
 */
public final class AdminPages {
  public static final String PATH = "/admin";
  private static final int AUDIT_LINES = 50;
  private static final Set<RequestState> WAITING =
      EnumSet.of(
          RequestState.SUBMITTED, RequestState.AWAITING_IETF_APPROVAL, RequestState.APPROVED);

  private final Workflow workflow;
  private final Pages pages;

  public AdminPages(Workflow workflow, Pages pages) {
    this.workflow = workflow;
    this.pages = pages;
  }

  /** {@code GET /admin}. */
  public void page(Context ctx) {
    if (Access.require(ctx, Role.ADMIN).isEmpty()) {
      return;
    }
    List<RequestRow> waiting =
        workflow.registrar().requests(WAITING).stream()
            .map(r -> WorkflowModels.row(r, -1))
            .toList();
    AdminPage page =
        new AdminPage(
            Principal.of(ctx).csrfToken(),
            waiting,
            workflow.accounts().users().stream().map(WorkflowModels::user).toList(),
            workflow.registrar().audit(AUDIT_LINES).stream().map(WorkflowModels::audit).toList());
    pages.render(ctx, "admin.jte", Map.of("page", page));
  }

  /** {@code POST /admin/deassign}: a service on one transport or all. */
  public void deassign(Context ctx) {
    User admin = Access.require(ctx, Role.ADMIN).orElseThrow();
    String transport = form(ctx, "transport");
    change(
        ctx,
        "De-assign",
        () ->
            workflow
                .registrar()
                .deassign(
                    service(ctx),
                    transport.isEmpty() ? Optional.empty() : Optional.of(transport(transport)),
                    admin,
                    form(ctx, "reason")));
  }

  /** {@code POST /admin/transfer}: to a new assignee, agreed by the old one or by override. */
  public void transfer(Context ctx) {
    User admin = Access.require(ctx, Role.ADMIN).orElseThrow();
    change(
        ctx,
        "Transfer",
        () -> {
          Contact assignee = contact(ctx, "assignee");
          Contact contact = form(ctx, "contact.id").isEmpty() ? assignee : contact(ctx, "contact");
          TransferAuthority authority =
              form(ctx, "authority").equals("override")
                  ? new TransferAuthority.AdministratorOverride(form(ctx, "override"))
                  : new TransferAuthority.ByAssignee(form(ctx, "currentAssignee"));
          return workflow
              .registrar()
              .transfer(service(ctx), assignee, contact, authority, admin, form(ctx, "reason"));
        });
  }

  /** {@code POST /admin/modify}: contact, description or references. */
  public void modify(Context ctx) {
    User admin = Access.require(ctx, Role.ADMIN).orElseThrow();
    change(
        ctx,
        "Modify",
        () -> {
          String description = form(ctx, "description");
          String references = form(ctx, "references");
          Modification modification =
              new Modification(
                  form(ctx, "contact.id").isEmpty()
                      ? Optional.empty()
                      : Optional.of(contact(ctx, "contact")),
                  description.isEmpty() ? Optional.empty() : Optional.of(description),
                  references.isEmpty()
                      ? Optional.empty()
                      : Optional.of(RequestForm.references(references)));
          return workflow
              .registrar()
              .modify(service(ctx), modification, admin, form(ctx, "reason"));
        });
  }

  /** {@code POST /admin/users}: adds a user. */
  public void addUser(Context ctx) {
    User admin = Access.require(ctx, Role.ADMIN).orElseThrow();
    String password = ctx.formParam("password");
    attempt(
        ctx,
        "Add user",
        () -> {
          User user =
              workflow
                  .accounts()
                  .createUser(
                      new NewUser(
                          form(ctx, "username"),
                          form(ctx, "displayName"),
                          form(ctx, "email"),
                          password == null || password.isEmpty()
                              ? Optional.empty()
                              : Optional.of(password),
                          roles(ctx),
                          transports(ctx)),
                      admin.username());
          return "Added user " + user.username();
        });
  }

  /** {@code POST /admin/users/{username}}: changes roles, expert transports, active. */
  public void updateUser(Context ctx) {
    User admin = Access.require(ctx, Role.ADMIN).orElseThrow();
    attempt(
        ctx,
        "Update user",
        () -> {
          User user =
              workflow
                  .accounts()
                  .updateUser(
                      ctx.pathParam("username"),
                      roles(ctx),
                      transports(ctx),
                      ctx.formParam("active") != null,
                      admin.username());
          return "Updated user " + user.username();
        });
  }

  private void change(Context ctx, String what, Supplier<RegistryChange> operation) {
    attempt(ctx, what, () -> what + " done: " + operation.get().summary());
  }

  /**
   * Runs an operation and leaves what happened as the flash message: an administrator's mistake (an
   * unknown service, a comment period not yet over, a bad value) is shown on the page, not as an
   * error page, so the form's other work is not lost.
   */
  private static void attempt(Context ctx, String what, Supplier<String> operation) {
    String message;
    try {
      message = operation.get();
    } catch (ConflictException
        | InvalidRequestException
        | StateChangeRefusedException
        | NotFoundException
        | InvalidInputException e) {
      message = what + " failed: " + e.getMessage();
    }
    Flash.set(ctx, message);
    ctx.redirect(PATH, HttpStatus.SEE_OTHER);
  }

  private static String form(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
  }

  private static String service(Context ctx) {
    return form(ctx, "service");
  }

  private static Contact contact(Context ctx, String prefix) {
    String org = form(ctx, prefix + ".organization");
    return new Contact(
        form(ctx, prefix + ".id"),
        form(ctx, prefix + ".name"),
        org.isEmpty() ? Optional.empty() : Optional.of(org),
        form(ctx, prefix + ".uri"));
  }

  private static Transport transport(String token) {
    return Transport.parse(token)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "transport must be tcp, udp, sctp or dccp, was '" + token + "'"));
  }

  private static Set<Role> roles(Context ctx) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : ctx.formParams("roles")) {
      Role role = role(name);
      if (role != Role.ANONYMOUS) {
        roles.add(role);
      }
    }
    return roles;
  }

  private static Role role(String name) {
    if (Role.ANONYMOUS.word().equalsIgnoreCase(name.strip())) {
      return Role.ANONYMOUS;
    }
    return Role.parse(name)
        .orElseThrow(() -> new InvalidInputException("no role named '" + name + "'"));
  }

  private static Set<Transport> transports(Context ctx) {
    Set<Transport> set = EnumSet.noneOf(Transport.class);
    ctx.formParams("expertFor").forEach(t -> set.add(transport(t)));
    return set;
  }
}
