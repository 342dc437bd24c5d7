package org.portreg.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.WorkflowStoreFixture;

/**
 * Local requests from the command line (docs/local.md, "Through the review workflow") on a store
 * holding the newest real registry, with the Kubernetes NodePort preset as the policy: submitted by
 * an applicant, reviewed by a local expert who sees what {@code check} says, assigned by an
 * administrator into the local registry.
 */
class LocalRequestCommandsTest {
  @TempDir java.nio.file.Path folder;
  WorkflowStoreFixture cli;
  String policy;

  @BeforeEach
  void storeWithUsersAndPolicy() throws Exception {
    cli = WorkflowStoreFixture.in(folder).withUsers();
    cli.addUser("lou", "local-expert");
    policy = cli.file("policy.yaml", "presets: [kubernetes-nodeport]\n");
  }

  private int submitOrders() {
    return cli.run(
        "request",
        "submit",
        "--local",
        "--name",
        "orders",
        "--ports",
        "31000",
        "--transport",
        "tcp",
        "--owner",
        "shop",
        "--contact",
        "shop@example.org",
        "--scope",
        "cluster",
        "--policy",
        policy,
        "--as",
        "ann");
  }

  @Test
  void aLocalRequestGoesFromTheApplicantThroughTheLocalExpertIntoTheLocalRegistry() {
    assertThat(submitOrders()).as(cli.err).isZero();
    assertThat(cli.out)
        .startsWith(
            "request #1 CHECKED orders 31000/tcp (local)\ncheck for the reviewer: conflict\n")
        .contains("  conflict: in policy range 30000-32767: Kubernetes NodePort range");

    assertThat(cli.run("request", "show", "1", "--policy", policy, "--as", "eve")).isZero();
    assertThat(cli.out)
        .contains("  target        local registry\n", "  owner         shop\n")
        .doesNotContain("check for the reviewer");
    assertThat(cli.run("request", "show", "1", "--policy", policy, "--as", "lou")).isZero();
    assertThat(cli.out).contains("check for the reviewer: conflict\n  conflict: in policy range");

    assertThat(cli.run("request", "decide", "1", "approve", "--reason", "ok", "--as", "eve"))
        .isEqualTo(2);
    assertThat(cli.err).contains("APPROVE needs the role local-expert");
    assertThat(
            cli.run(
                "request", "decide", "1", "approve", "--reason", "NodePort unused", "--as", "lou"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out).isEqualTo("request #1 APPROVED orders 31000/tcp (local)\n");
    assertThat(cli.run("request", "assign", "1", "--reason", "approved", "--as", "ada"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out)
        .isEqualTo(
            "request #1 ASSIGNED orders 31000/tcp (local)\nLOCAL_ADD 'orders' 31000/tcp, owner"
                + " shop, since "
                + LocalDate.now(ZoneOffset.UTC)
                + "\n");

    assertThat(cli.run("local", "show", "orders")).as(cli.err).isZero();
    assertThat(cli.out).contains("\"owner\":\"shop\"", "\"scope\":\"cluster\"");
    assertThat(cli.run("audit", "--limit", "5", "--as", "ada")).isZero();
    assertThat(cli.out).contains("LOCAL_ADD", "local/orders", "request #1 assigned: approved");
  }

  @Test
  void billingApiOnHttpAltIsFlaggedAsIanaAssignedToTheReviewer() throws Exception {
    String file =
        cli.file(
            "billing.yaml",
            "target: local\nname: billing-api\nports: 8080\ntransports: [tcp]\nowner: payments\n");
    assertThat(cli.run("request", "submit", "--local", file, "--policy", policy, "--as", "ann"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out)
        .startsWith("request #1 CHECKED billing-api 8080/tcp (local)\n")
        .contains("  conflict: IANA-assigned to http-alt (8080/tcp");

    assertThat(cli.run("request", "show", "1", "--format", "json", "--as", "lou")).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out);
    assertThat(json.get("target").asText()).isEqualTo("local");
    assertThat(json.at("/request/name").asText()).isEqualTo("billing-api");
    assertThat(json.at("/request/ports").asText()).isEqualTo("8080");
    assertThat(json.at("/check/result").asText()).isEqualTo("conflict");
    assertThat(json.at("/check/verdicts/0/findings/0/kind").asText()).isEqualTo("iana-assigned");
    assertThat(json.at("/check/verdicts/0/findings/0/key").asText())
        .isEqualTo("iana:http-alt:8080/tcp");
  }

  @Test
  void firstComeFirstServedAgainstLocalAssignmentsAndOpenRequests() throws Exception {
    cli.require(submitOrders());
    String again =
        cli.file(
            "again.json",
            "{\"name\":\"orders\",\"ports\":\"31001\",\"owner\":\"x\","
                + "\"transports\":[\"tcp\"]}");

    assertThat(cli.run("request", "submit", "--local", again, "--as", "ann")).isEqualTo(65);
    assertThat(cli.err)
        .isEqualTo(
            again + ": local name 'orders' is already requested by request #1, which is open\n");
    cli.require(cli.run("request", "withdraw", "1", "--reason", "later", "--as", "ann"));
    cli.require(
        cli.run(
            "local",
            "add",
            "orders",
            "--ports",
            "31002",
            "--transport",
            "tcp",
            "--owner",
            "ops",
            "--force"));
    assertThat(cli.run("request", "submit", "--local", again, "--as", "ann")).isEqualTo(65);
    assertThat(cli.err).isEqualTo(again + ": local assignment 'orders' already exists\n");
  }

  @Test
  void listShowsLocalRequestsMarkedAndAloneWithLocal() throws Exception {
    cli.require(submitOrders());
    String iana = cli.file("r.json", java.nio.file.Files.readString(RequestCommandsTest.EXAMPLE));
    cli.require(cli.run("request", "submit", iana, "--as", "ann"));

    assertThat(cli.run("request", "list")).isZero();
    assertThat(cli.out).contains("orders", "31000/tcp (local)", "quokka-sync");
    assertThat(cli.run("request", "list", "--local", "--format", "json")).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out);
    assertThat(json).hasSize(1);
    assertThat(json.at("/0/target").asText()).isEqualTo("local");
    assertThat(json.at("/0/request/scope").asText()).isEqualTo("cluster");
  }

  @Test
  void badLocalInputIsNamedAndNothingIsStored() throws Exception {
    String bad = cli.file("bad.yaml", "name: orders\nports: 99999\nowner: shop\n");
    assertThat(cli.run("request", "submit", "--local", bad, "--as", "ann")).isEqualTo(65);
    assertThat(cli.err).startsWith("bad.yaml:2:");
    String iana = cli.file("iana.yaml", "target: iana\nname: orders\nowner: shop\n");
    assertThat(cli.run("request", "submit", "--local", iana, "--as", "ann")).isEqualTo(65);
    assertThat(cli.err).contains("iana.yaml:1:", "target must be \"local\"");
    assertThat(cli.run("request", "submit", "--local", "--name", "orders", "--as", "ann"))
        .isEqualTo(2);
    assertThat(cli.err).contains("--owner is required");
    assertThat(
            cli.run(
                "request",
                "submit",
                "--local",
                "--name",
                "orders",
                "--owner",
                "shop",
                "--preset",
                "nope",
                "--as",
                "ann"))
        .isEqualTo(2);
    assertThat(cli.err).contains("--preset must be one of");
    assertThat(cli.run("request", "submit", "--name", "orders", "--as", "ann")).isEqualTo(2);
    assertThat(cli.err).contains("give the request's FILE, or --local");
    assertThat(cli.run("request", "list", "--local")).isZero();
    assertThat(cli.out.lines()).hasSize(1);
  }

  @Test
  void anAdministratorMakesAndUnmakesALocalExpert() {
    cli.require(submitOrders());
    cli.require(cli.run("user", "update", "eve", "--local-expert", "true"));
    assertThat(cli.out).startsWith("updated eve  expert(tcp,udp),local-expert  Eve");

    cli.require(cli.run("request", "decide", "1", "reject", "--reason", "no", "--as", "eve"));
    assertThat(cli.out).isEqualTo("request #1 REJECTED orders 31000/tcp (local)\n");
    cli.require(cli.run("user", "update", "lou", "--local-expert", "false", "--role", "applicant"));
    assertThat(cli.out).startsWith("updated lou  applicant  Lou");
  }
}
