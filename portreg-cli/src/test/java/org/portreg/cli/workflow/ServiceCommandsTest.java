package org.portreg.cli.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;
import org.portreg.cli.WorkflowStoreFixture;
import org.portreg.model.Person;
import org.portreg.store.Store;

/**
 * {@code portreg service deassign|revoke|transfer|modify} on the newest real registry (the
 * revocation's comment period: {@link RevocationCommandsTest}): what {@code lookup} and {@code db
 * versions} show afterwards, and what the store refuses.
 */
class ServiceCommandsTest {
  private static final String CSV_HEADER =
      "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration"
          + " Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment"
          + " Notes\r\n";

  @TempDir Path folder;
  WorkflowStoreFixture cli;
  String today;

  @BeforeEach
  void storeWithUsers() throws Exception {
    cli = WorkflowStoreFixture.in(folder).withUsers();
    today = LocalDate.now(ZoneOffset.UTC).toString();
  }

  @Test
  void deassignmentReservesThePortInANewVersionThatLookupAndDbVersionsShow() {
    assertThat(cli.run("service", "deassign", "udpstp", "--reason", "asked", "--as", "ada"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out)
        .isEqualTo(
            "DEASSIGN 'udpstp': udpstp 24601/udp on "
                + today
                + "\nregistry version "
                + today
                + "\n");

    assertThat(cli.run("lookup", "24601/udp", "--format", "csv")).isZero();
    assertThat(cli.out)
        .isEqualTo(
            CSV_HEADER
                + ",24601,udp,Reserved,,,,"
                + today
                + ",,,,\"De-assigned on "
                + today
                + ", previously udpstp by [IESG]\"\r\n");
    assertThat(cli.run("lookup", "udpstp")).isEqualTo(1);
    assertThat(cli.run("db", "versions")).isZero();
    assertThat(cli.out.lines()).hasSize(2);
    assertThat(cli.out.lines().toList().get(1)).startsWith(today).endsWith("DEASSIGN by ada");
  }

  @Test
  void deassigningOneTransportKeepsTheOther() {
    cli.require(
        cli.run(
            "service", "deassign", "echo", "--transport", "udp", "--reason", "x", "--as", "ada"));
    assertThat(cli.out).startsWith("DEASSIGN 'echo': echo 7/udp on " + today);

    assertThat(cli.run("lookup", "echo", "--format", "csv")).isZero();
    assertThat(cli.out)
        .isEqualTo(CSV_HEADER + "echo,7,tcp,Echo,[Jon_Postel],[Jon_Postel],,,,,,\r\n");
  }

  @Test
  void aNonAdminGetsExit2WithTheStoresMessageAndTheRegistryIsUnchanged() {
    assertThat(cli.run("service", "deassign", "udpstp", "--reason", "x", "--as", "eve"))
        .isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo("portreg: changing the registry needs the role admin; user 'eve' has expert\n");
    assertThat(
            cli.run(
                "service",
                "modify",
                "udpstp",
                "--description",
                "d",
                "--reason",
                "x",
                "--as",
                "ann"))
        .isEqualTo(2);
    assertThat(cli.err).contains("user 'ann' has applicant");
    assertThat(cli.run("service", "deassign", "udpstp", "--reason", "x", "--as", "nobody"))
        .isEqualTo(2);
    assertThat(cli.err).startsWith("portreg: no user 'nobody' in the store; add one with");

    cli.require(cli.run("db", "versions"));
    assertThat(cli.out.lines()).hasSize(1);
  }

  @Test
  void unknownAndHistoricNamesAreRefusedWithExit1() {
    assertThat(cli.run("service", "deassign", "no-such-svc", "--reason", "x", "--as", "ada"))
        .isEqualTo(1);
    assertThat(cli.err).isEqualTo("portreg: no assigned record named 'no-such-svc'\n");
    assertThat(
            cli.run(
                "service",
                "deassign",
                "echo",
                "--transport",
                "sctp",
                "--reason",
                "x",
                "--as",
                "ada"))
        .isEqualTo(1);
    assertThat(cli.err).isEqualTo("portreg: no assigned record named 'echo'\n");
    assertThat(cli.run("service", "revoke", "whois++", "--reason", "x", "--as", "ada"))
        .isEqualTo(1);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: service name whois++ 63/tcp is historic (RFC 6335 section 10.1), a"
                + " read-only alias of 'whoispp'\n");
  }

  @Test
  void aServiceCommandIsRequired() {
    CliRun run = CliRun.of("service");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "portreg: a service command is required: deassign, propose-revocation, revocations,"
                + " comment, withdraw-revocation, revoke, transfer or modify\n");
  }

  @Test
  void aBadDateIsAUsageError() {
    assertThat(
            cli.run(
                "service",
                "propose-revocation",
                "udpstp",
                "--until",
                "2026-13-01",
                "--reason",
                "x",
                "--as",
                "ada"))
        .isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: Invalid value for option '--until': expected a date"
                + " YYYY-MM-DD, was '2026-13-01'\n"
                + "Try 'portreg service propose-revocation --help'.\n");
  }

  @Test
  void transferWithTheAssigneesConsentPutsTheNewPeopleInTheRegistry() {
    assertThat(
            cli.run(
                "service",
                "transfer",
                "udpstp",
                "--assignee",
                "Jane_Doe,Jane Doe,jane@example.org,Example, Inc.",
                "--contact",
                "Joe_Roe,Joe Roe,joe@example.org",
                "--consent-of",
                "IESG",
                "--reason",
                "the IESG handed it over",
                "--as",
                "ada"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out)
        .startsWith(
            "TRANSFER 'udpstp': udpstp 24601/udp on "
                + today
                + " to Jane_Doe with the consent of IESG\n");

    cli.require(cli.run("lookup", "udpstp", "--format", "csv"));
    assertThat(cli.out)
        .endsWith(
            "udpstp,24601,udp,UDP-based IP-Layer Capacity and Performance Measurement protocol,"
                + "[Jane_Doe],[Joe_Roe],"
                + today
                + ",,[RFC9946],,,\r\n");
    try (Store store = Store.open(cli.db)) {
      Person jane =
          store.current().orElseThrow().people().stream()
              .filter(p -> p.id().equals("Jane_Doe"))
              .findFirst()
              .orElseThrow();
      assertThat(jane.org()).isEqualTo(Optional.of("Example, Inc."));
      assertThat(jane.uri()).isEqualTo(Optional.of("mailto:jane&example.org"));
    }
  }

  @Test
  void transferWithoutTheAssigneeNeedsAnOverride() {
    String[] base = {
      "service",
      "transfer",
      "udpstp",
      "--assignee",
      "Jane_Doe,Jane Doe,jane@example.org",
      "--contact",
      "Jane_Doe,Jane Doe,jane@example.org",
      "--reason",
      "x",
      "--as",
      "ada"
    };
    assertThat(cli.run(with(base, "--consent-of", "Jon_Postel"))).isEqualTo(1);
    assertThat(cli.err)
        .isEqualTo(
            "portreg: 'Jon_Postel' is not the assignee of 'udpstp' ([IESG]); without the"
                + " assignee a transfer needs an administrator override with a written reason\n");
    assertThat(cli.run(base)).isEqualTo(2);
    assertThat(cli.err).contains("Missing required argument").contains("--override");
    assertThat(cli.run(with(base, "--consent-of", "IESG", "--override", "gone"))).isEqualTo(2);
    assertThat(cli.err).contains("mutually exclusive");

    assertThat(cli.run(with(base, "--override", "the IESG cannot be reached"))).isZero();
    assertThat(cli.out)
        .contains("to Jane_Doe by administrator override: the IESG cannot be reached\n");
  }

  @Test
  void aMalformedContactIsAUsageError() {
    assertThat(
            cli.run(
                "service",
                "transfer",
                "udpstp",
                "--assignee",
                "Jane_Doe,Jane Doe",
                "--contact",
                "Jane_Doe,Jane Doe,jane@example.org",
                "--override",
                "x",
                "--reason",
                "x",
                "--as",
                "ada"))
        .isEqualTo(2);
    assertThat(cli.err)
        .startsWith(
            "portreg: Invalid value for option '--assignee': bad contact 'Jane_Doe,Jane Doe':"
                + " expected ID,NAME,EMAIL[,ORG]\n");
  }

  @Test
  void modificationChangesDescriptionAndReferencesWithLastUpdatedToday() {
    assertThat(
            cli.run(
                "service",
                "modify",
                "udpstp",
                "--description",
                "IP-Layer Capacity measurement",
                "--reference",
                "rfc:RFC9946",
                "--reference",
                "text:See also the errata",
                "--reason",
                "the assignee asked",
                "--as",
                "ada"))
        .as(cli.err)
        .isZero();
    assertThat(cli.out)
        .isEqualTo(
            "MODIFY 'udpstp': udpstp 24601/udp on " + today + "\nregistry version " + today + "\n");

    cli.require(cli.run("lookup", "udpstp", "--format", "csv"));
    assertThat(cli.out)
        .endsWith(
            "udpstp,24601,udp,IP-Layer Capacity measurement,[IESG],[IETF_Chair],2025-09-26,"
                + today
                + ",[RFC9946][See also the errata],,,\r\n");
  }

  @Test
  void aModificationMustChangeSomething() {
    assertThat(cli.run("service", "modify", "udpstp", "--reason", "x", "--as", "ada")).isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo("portreg: a modification must change contact, description or references\n");
    assertThat(
            cli.run(
                "service",
                "modify",
                "udpstp",
                "--reference",
                "rfc:draft-x",
                "--reason",
                "x",
                "--as",
                "ada"))
        .isEqualTo(2);
    assertThat(cli.err).contains("an RFC is rfc:rfcNNNN");
  }

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
