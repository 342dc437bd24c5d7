package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.server.web.Flash;
import org.portreg.store.WebSession;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/**
 * The workflow forms change the store: submitting (valid, invalid, in conflict), deciding,
 * assigning, the lifecycle operations and the users, each answered with a redirect and a flash
 * message.
 */
class WorkflowFormsTest extends WorkflowPageTestBase {
  @Test
  void submittingTheFormRedirectsToTheStatusPageWithAFlashMessage() {
    String name = freshName();
    WebSession session = session(fixture.alice());

    HttpResponse<byte[]> sent = post(session, "/requests", validForm(name));

    assertThat(sent.statusCode()).isEqualTo(303);
    String location = sent.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/requests/[0-9]+");
    String flash =
        sent.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(Flash.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    String page = text(get(session, location, flash.substring(0, flash.indexOf(';'))), 200);
    assertThat(page).contains("id=\"flash\"").contains("submitted").contains(name);
    StoredRequest stored = fixture.store().registrar().requestsOf("alice").get(0);
    assertThat(stored.request().serviceName()).isEqualTo(name);
    assertThat(stored.request().contact().orElseThrow().uri()).isEqualTo("alice@example.org");
    assertThat(stored.state()).isEqualTo(RequestState.CHECKED);
  }

  @Test
  void anInvalidFormComesBackWithTheServersMessagesAndTheInputKept() {
    WebSession session = session(fixture.alice());
    List<String> form = new ArrayList<>(validForm("-bad-"));

    HttpResponse<byte[]> sent = post(session, "/requests", form);

    String page = text(sent, 422);
    assertThat(page).contains("value=\"-bad-\"").contains("aria-invalid=\"true\"");
    assertThat(page).contains("id=\"e-serviceName\"");
    String errors = page.substring(page.indexOf("id=\"e-serviceName\""));
    assertThat(errors.substring(0, errors.indexOf("</div>"))).contains("<p>");
    assertThat(fixture.store().registrar().requestsOf("alice"))
        .noneMatch(r -> r.request().serviceName().equals("-bad-"));
  }

  @Test
  void aNameHeldByAnOpenRequestIsRefusedWithTheConflict() {
    String name = freshName();
    fixture.submitAsAlice(WorkflowFixture.request(name).build());

    HttpResponse<byte[]> sent = post(session(fixture.bob()), "/requests", validForm(name));

    assertThat(text(sent, 409))
        .contains("form-errors")
        .contains(name)
        .contains("value=\"" + name + "\"");
  }

  @Test
  void expertApprovesAndAdministratorAssignsThroughTheForms() {
    String name = freshName();
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(name).build());
    String act = "/requests/" + stored.id() + "/act";

    HttpResponse<byte[]> approved =
        post(session(fixture.erin()), act, List.of("action", "APPROVE", "reason", "fine by me"));
    HttpResponse<byte[]> assigned =
        post(
            session(fixture.adam()),
            act,
            List.of("action", "ASSIGN", "reason", "as approved", "next", "/admin"));

    assertThat(approved.headers().firstValue("Location")).hasValue("/requests/" + stored.id());
    assertThat(assigned.statusCode()).isEqualTo(303);
    assertThat(assigned.headers().firstValue("Location")).hasValue("/admin");
    StoredRequest after = fixture.store().registrar().request(stored.id()).orElseThrow();
    assertThat(after.state()).isEqualTo(RequestState.ASSIGNED);
    assertThat(server.text("/?search=" + name, 200)).contains(name).contains("Alice_Example");
    assertThat(server.text("/requests/" + stored.id(), 200))
        .contains("fine by me")
        .contains("as approved")
        .contains("Assigned");
  }

  @Test
  void aRefusedActionLeavesTheStateAndSaysWhy() {
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(freshName()).build());
    WebSession erin = session(fixture.erin());

    HttpResponse<byte[]> blank =
        post(
            erin, "/requests/" + stored.id() + "/act", List.of("action", "APPROVE", "reason", " "));
    HttpResponse<byte[]> wrongRole =
        post(
            session(fixture.alice()),
            "/requests/" + stored.id() + "/act",
            List.of("action", "APPROVE", "reason", "me"));

    assertThat(blank.statusCode()).isEqualTo(303);
    assertThat(flashOf(blank)).contains("Approve failed");
    assertThat(wrongRole.statusCode()).isEqualTo(403);
    assertThat(fixture.store().registrar().request(stored.id()).orElseThrow().state())
        .isEqualTo(RequestState.CHECKED);
  }

  @Test
  void administratorAddsAUserAndChangesTheirRoles() {
    WebSession adam = session(fixture.adam());

    HttpResponse<byte[]> added =
        post(
            adam,
            "/admin/users",
            List.of(
                "username",
                "carol",
                "displayName",
                "Carol",
                "email",
                "carol@people.example",
                "password",
                "long-enough-password",
                "roles",
                "applicant"));
    HttpResponse<byte[]> updated =
        post(
            adam,
            "/admin/users/carol",
            List.of("roles", "expert", "expertFor", "sctp", "active", "on"));

    assertThat(added.headers().firstValue("Location")).hasValue("/admin");
    assertThat(updated.statusCode()).isEqualTo(303);
    User carol = fixture.store().accounts().user("carol").orElseThrow();
    assertThat(carol.roles()).containsExactly(Role.EXPERT);
    assertThat(carol.expertFor()).extracting(t -> t.token()).containsExactly("sctp");
    String admin = page(fixture.adam(), "/admin", 200);
    assertThat(admin).contains("id=\"user-carol\"").contains("USER_ADD");
  }

  @Test
  void administratorSeesApprovedRequestsWithTheAssignButton() {
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(freshName()).build());
    fixture.store().registrar().act(stored.id(), RequestAction.APPROVE, fixture.erin(), "ok");

    String admin = page(fixture.adam(), "/admin", 200);

    String row = admin.substring(admin.indexOf("href=\"/requests/" + stored.id() + "\""));
    assertThat(row.substring(0, row.indexOf("</tr>")))
        .contains("value=\"ASSIGN\"")
        .contains("Approved");
  }

  @Test
  void aPortThatIsNoNumberIsSaidNextToThePort() {
    List<String> form = new ArrayList<>(validForm(freshName()));
    form.set(form.indexOf("any-user"), "number");
    form.addAll(List.of("portNumber", "80000"));

    String page = text(post(session(fixture.alice()), "/requests", form), 422);

    String errors = page.substring(page.indexOf("id=\"e-port\""));
    assertThat(errors.substring(0, errors.indexOf("</div>")))
        .contains("port must be a number in 0..65535, was ")
        .contains("80000");
    assertThat(page).contains("value=\"80000\"");
  }

  @Test
  void administratorModifiesTransfersAndDeassignsAServiceThroughTheForms() {
    String name = freshName();
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(name).build());
    fixture.store().registrar().act(stored.id(), RequestAction.APPROVE, fixture.erin(), "ok");
    fixture.store().registrar().act(stored.id(), RequestAction.ASSIGN, fixture.adam(), "ok");
    WebSession adam = session(fixture.adam());

    HttpResponse<byte[]> modified =
        post(
            adam,
            "/admin/modify",
            List.of("service", name, "description", "Renamed <thing>", "reason", "asked"));
    HttpResponse<byte[]> proposed =
        post(
            adam,
            "/revocations",
            List.of("service", name, "days", "14", "reason", "unused", "next", "/admin"));
    String proposal = proposed.headers().firstValue("Location").orElseThrow();
    HttpResponse<byte[]> early = post(adam, proposal + "/revoke", List.of("reason", "r"));
    HttpResponse<byte[]> transferred =
        post(
            adam,
            "/admin/transfer",
            List.of(
                "service",
                name,
                "assignee.id",
                "Bob_Example",
                "assignee.name",
                "Bob Example",
                "assignee.uri",
                "bob@example.org",
                "authority",
                "override",
                "override",
                "Alice cannot be reached",
                "reason",
                "handover"));
    HttpResponse<byte[]> deassigned =
        post(
            adam, "/admin/deassign", List.of("service", name, "transport", "", "reason", "unused"));

    assertThat(flashOf(modified)).startsWith("Modify done");
    assertThat(flashOf(proposed)).startsWith("Revocation of '" + name + "' proposed");
    assertThat(proposal).matches("/revocations/[0-9]+");
    assertThat(flashOf(early))
        .startsWith("Revoke failed: service '" + name + "' cannot be revoked before");
    assertThat(early.headers().firstValue("Location")).hasValue(proposal);
    assertThat(flashOf(transferred)).startsWith("Transfer done");
    assertThat(flashOf(deassigned)).startsWith("De-assign done");
    assertThat(deassigned.headers().firstValue("Location")).hasValue("/admin");
    String audit = page(fixture.adam(), "/admin", 200);
    assertThat(audit).contains("service/" + name);
  }

  @Test
  void expertAsksForInformationAndTheApplicantAnswersOnTheStatusPage() {
    StoredRequest stored = fixture.submitAsAlice(WorkflowFixture.request(freshName()).build());
    String act = "/requests/" + stored.id() + "/act";

    post(
        session(fixture.erin()), act, List.of("action", "ASK_INFORMATION", "reason", "Which RFC?"));
    String asked = page(fixture.alice(), "/requests/" + stored.id(), 200);
    HttpResponse<byte[]> answered =
        post(
            session(fixture.alice()),
            act,
            List.of("action", "PROVIDE_INFORMATION", "reason", "See draft-ietf-zz-web"));

    assertThat(asked)
        .contains("Needs information")
        .contains("Which RFC?")
        .contains("value=\"PROVIDE_INFORMATION\"");
    assertThat(flashOf(answered)).contains("Expert review");
    assertThat(fixture.store().registrar().request(stored.id()).orElseThrow().state())
        .isEqualTo(RequestState.EXPERT_REVIEW);
    assertThat(server.text("/requests/" + stored.id(), 200)).contains("See draft-ietf-zz-web");
  }
}
