package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.index.FreePorts;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;

/** Issue 16's scenario from the command line, in-process, on the real registry files. */
class LocalCommandsTest {
  @TempDir Path folder;
  String registry;
  String db;

  @BeforeEach
  void setUp() {
    registry = SharedData.newestXml().toString();
    db = "jdbc:sqlite:" + folder.resolve("portreg.db");
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private String[] with(String... args) {
    String[] all = Arrays.copyOf(args, args.length + 4);
    all[args.length] = "--registry";
    all[args.length + 1] = registry;
    all[args.length + 2] = "--db";
    all[args.length + 3] = db;
    return all;
  }

  @Test
  void billingApiOn8080IsRefusedAsIanaAssignedToHttpAlt() {
    CliRun add =
        run(
            with(
                "local",
                "add",
                "billing-api",
                "--ports",
                "8080",
                "--transport",
                "tcp",
                "--owner",
                "payments",
                "--as",
                "ann"));

    assertThat(add.code).isEqualTo(1);
    assertThat(add.out())
        .startsWith(
            "billing-api 8080/tcp: conflict\n  conflict: IANA-assigned to http-alt (8080/tcp")
        .contains("not added: it conflicts");
    CliRun check = run(with("check", "8080/tcp"));
    assertThat(check.code).isEqualTo(1);
    assertThat(check.out()).contains("IANA-assigned to http-alt");
  }

  @Test
  void ordersOn31000ConflictsWithTheKubernetesNodePortPreset() {
    CliRun check = run(with("check", "31000/tcp", "--preset", "kubernetes-nodeport"));

    assertThat(check.code).isEqualTo(1);
    assertThat(check.out())
        .contains("in policy range 30000-32767: Kubernetes NodePort range")
        .contains("preset kubernetes-nodeport (https://kubernetes.io/");
    CliRun add =
        run(
            with(
                "local",
                "add",
                "orders",
                "--ports",
                "31000",
                "--transport",
                "tcp",
                "--owner",
                "shop",
                "--preset",
                "kubernetes-nodeport"));
    assertThat(add.code).isEqualTo(1);
  }

  @Test
  void anUnknownTransportIsAUsageErrorAsForFree() {
    CliRun add =
        run(
            with(
                "local",
                "add",
                "orders",
                "--ports",
                "31000",
                "--transport",
                "tcp,quic",
                "--owner",
                "team-orders"));
    CliRun free = run(with("free", "--transport", "tcp,quic"));

    assertThat(add.code).isEqualTo(2).isEqualTo(free.code);
    assertThat(add.err()).contains("--transport must list tcp, udp, sctp or dccp, was 'quic'");
    assertThat(free.err()).contains("--transport must list tcp, udp, sctp or dccp, was 'quic'");
  }

  @Test
  void check6000OnTcpNamesTheX11Range() {
    CliRun check = run(with("check", "6000/tcp", "--format", "json"));

    assertThat(check.code).isEqualTo(1);
    assertThat(check.out())
        .startsWith(
            "{\"result\":\"conflict\",\"verdicts\":[{\"item\":\"6000/tcp\",\"status\":\"conflict\"")
        .contains("IANA-assigned to x11 (6000-6063/tcp: X Window System");
  }

  @Test
  void freeWithTheLinuxAndBrowserPresetsAvoidsIanaTheOverlayAndBothPresets() throws IOException {
    Path local = folder.resolve("local.yaml");
    Files.writeString(local, "- {name: first-free, ports: '1491', transports: [tcp], owner: x}\n");
    CliRun plain = run("free", "--transport", "tcp,udp", "--count", "3", "--registry", registry);
    CliRun free =
        run(
            "free",
            "--transport",
            "tcp,udp",
            "--count",
            "3",
            "--registry",
            registry,
            "--preset",
            "linux,browsers",
            "--local",
            local.toString());

    assertThat(free.code).isZero();
    List<Integer> ports = free.out().lines().map(Integer::valueOf).toList();
    assertThat(ports).hasSize(3);
    RegistryIndex index = RegistryIndex.of(Registries.read(SharedData.newestXml()));
    List<Integer> browsers = List.of(1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000);
    for (int port : ports) {
      assertThat(FreePorts.isFree(index, Set.of(Transport.TCP, Transport.UDP), port)).isTrue();
      assertThat(port).isNotIn(browsers).isNotEqualTo(1491);
      assertThat(port < 32768 || port > 60999).isTrue();
    }
    assertThat(plain.out()).startsWith("1491\n");
    assertThat(free.out()).isNotEqualTo(plain.out());
    assertThat(free.err()).contains("skipped 1719: a bad port of the Fetch Standard");
    assertThat(free.err()).contains("skipped 1491/tcp: held by local assignment first-free");
  }

  @Test
  void aLocalEntryStoredThenTakenByALaterIanaVersionMakesCheckAllFail() {
    String older = SharedData.history("2026-07-20").toString();
    String newer = SharedData.history("2026-07-22").toString();
    assertThat(run("db", "import", older, "--db", db).code).isZero();
    CliRun add =
        run(
            "local",
            "add",
            "sensor-feed",
            "--ports",
            "7123",
            "--transport",
            "udp",
            "--owner",
            "iot",
            "--db",
            db);
    assertThat(add.code).as(add.out() + add.err()).isZero();
    assertThat(run("check", "--all", "--db", db).code).isZero();

    assertThat(run("db", "import", newer, "--db", db).code).isZero();

    CliRun drift = run("local", "drift", "--db", db);
    assertThat(drift.code).isEqualTo(1);
    assertThat(drift.out())
        .startsWith("drift in 2026-07-22: sensor-feed 7123/udp: IANA-assigned to snif (7123/udp")
        .contains("[iana:snif:7123/udp]");
    CliRun all = run("check", "--all", "--db", db);
    assertThat(all.code).isEqualTo(1);
    assertThat(all.out()).contains("sensor-feed 7123/udp: conflict");

    CliRun ack =
        run(
            "local",
            "acknowledge",
            "sensor-feed",
            "iana:snif:7123/udp",
            "--reason",
            "lab network only",
            "--db",
            db);
    assertThat(ack.code).isZero();
    CliRun after = run("check", "--all", "--db", db);
    assertThat(after.code).isZero();
    assertThat(after.out()).contains("(acknowledged: lab network only)");
  }

  @Test
  void theImportThatBringsTheCollisionSaysSo() {
    String older = SharedData.history("2026-07-20").toString();
    String newer = SharedData.history("2026-07-22").toString();
    assertThat(run("db", "import", older, "--db", db).code).isZero();
    assertThat(
            run(
                    "local",
                    "add",
                    "sensor-feed",
                    "--ports",
                    "7123",
                    "--transport",
                    "udp",
                    "--owner",
                    "iot",
                    "--db",
                    db)
                .code)
        .isZero();
    CliRun again = run("db", "import", older, "--db", db);
    assertThat(again.out()).doesNotContain("drift:");

    CliRun imported = run("db", "import", newer, "--db", db);

    assertThat(imported.code).isZero();
    assertThat(imported.out())
        .contains("\ndrift in 2026-07-22: sensor-feed 7123/udp: IANA-assigned to snif (7123/udp")
        .contains("[iana:snif:7123/udp]")
        .contains("portreg check --all fails until each entry is moved");
  }

  @Test
  void localCommandsListShowRemoveAndImport() throws IOException {
    Path csv = folder.resolve("team.csv");
    Files.writeString(
        csv, "name,ports,transports,owner\nmetrics-x,7124,tcp,sre\nlogs-x,7125,udp,sre\n");

    assertThat(run("local", "import", csv.toString(), "--db", db, "--as", "ann").out())
        .isEqualTo("imported 2 local assignments\n");
    assertThat(run("local", "list", "--db", db).out()).startsWith("logs-x\t7125/udp\tsre\torg");
    assertThat(run("local", "list", "--db", db, "--format", "json").out())
        .startsWith("[{\"name\":\"logs-x\",\"ports\":\"7125\"");
    assertThat(run("local", "remove", "logs-x", "--reason", "gone", "--db", db).code).isZero();
    CliRun show = run("local", "show", "logs-x", "--db", db);
    assertThat(show.out()).contains(" until ", "\"owner\":\"sre\"");
    assertThat(run("local", "show", "nothing", "--db", db).code).isEqualTo(1);
    CliRun again = run("local", "import", csv.toString(), "--db", db);
    assertThat(again.code).isEqualTo(1);
    assertThat(again.err()).contains("local assignment 'metrics-x' already exists");
  }

  @Test
  void policyShowPrintsEveryRuleWithItsSource() throws IOException {
    Path file = folder.resolve("policy.yaml");
    Files.writeString(
        file, "presets: [nomad]\nreserved:\n  - ports: 9000-9099\n    reason: exporters\n");

    CliRun show = run("policy", "show", "--policy", file.toString(), "--preset", "consul");

    assertThat(show.code).isZero();
    assertThat(show.out().lines().toList())
        .containsExactly(
            "# policy: " + file,
            "20000-32000\tconflict\tNomad dynamic ports (client min_dynamic_port..max_dynamic_port"
                + " default)\tpreset nomad"
                + " (https://developer.hashicorp.com/nomad/docs/configuration/client#min_dynamic_port)",
            "9000-9099\tconflict\texporters\t" + file + ":3:5",
            "21000-21255\tconflict\tConsul Connect sidecar proxy ports"
                + " (ports.sidecar_min_port..sidecar_max_port default)\tpreset consul"
                + " (https://developer.hashicorp.com/consul/docs/reference/agent/configuration-file/general#sidecar_min_port)");
  }

  @Test
  void badInputIsUsageOrDataError() throws IOException {
    Path file = folder.resolve("policy.yaml");
    Files.writeString(file, "presets: [linux]\nunknown: 1\n");

    CliRun bad = run(with("check", "80", "--policy", file.toString()));
    assertThat(bad.code).isEqualTo(65);
    assertThat(bad.err()).startsWith("policy.yaml:2:10: unknown key 'unknown' in the policy");
    assertThat(run(with("check", "80/quic")).code).isEqualTo(2);
    assertThat(run(with("check", "--all", "80")).code).isEqualTo(2);
    assertThat(run(with("check", "80", "--preset", "solaris")).code).isEqualTo(2);
    assertThat(run(with("check", "7124/tcp", "50000", "--strict")).code).isEqualTo(1);
    assertThat(run(with("check", "7124/tcp", "50000")).code).isZero();
  }
}
