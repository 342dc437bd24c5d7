package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.testing.SharedData;

/**
 * Drift of every imported version, on real history (found with {@code portreg diff}): on 2025-09-26
 * IANA assigned 24601/udp to udpstp, on 2026-03-27 5319/udp to roughtime; 2025-09-29, in between,
 * takes nothing from the entries. Several versions imported at once each report their own drift.
 */
class DriftCommandsTest {
  private static final String UDPSTP = "iana:udpstp:24601/udp";

  @TempDir Path folder;
  String db;

  @BeforeEach
  void storeWithALocalEntryOnAFreePort() {
    db = "jdbc:sqlite:" + folder.resolve("portreg.db");
    assertThat(run("db", "import", history("2025-09-22"), "--db", db).code).isZero();
    add("capmeter", "24601");
    assertThat(run("check", "--all", "--db", db).code).isZero();
  }

  private static String history(String date) {
    return SharedData.history(date).toString();
  }

  private void add(String name, String port) {
    CliRun add =
        run(
            "local",
            "add",
            name,
            "--ports",
            port,
            "--transport",
            "udp",
            "--owner",
            "lab",
            "--db",
            db);
    assertThat(add.code).as(add.out() + add.err()).isZero();
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void theOlderOfTwoVersionsImportedAtOnceSaysWhatItTookAndCheckFailsUntilAcknowledged() {
    CliRun imported = run("db", "import", history("2025-09-29"), history("2025-09-26"), "--db", db);

    assertThat(imported.code).isZero();
    assertThat(imported.out())
        .contains("imported 2025-09-26", "imported 2025-09-29")
        .contains("\ndrift in 2025-09-26: capmeter 24601/udp: IANA-assigned to udpstp (24601/udp")
        .contains("[" + UDPSTP + "]")
        .contains("portreg check --all fails until each entry is moved");
    assertThat(imported.out()).doesNotContain("drift in 2025-09-29");
    CliRun all = run("check", "--all", "--db", db);
    assertThat(all.code).isEqualTo(1);
    assertThat(all.out()).contains("capmeter 24601/udp: conflict", "udpstp");
    CliRun drift = run("local", "drift", "--db", db);
    assertThat(drift.code).isEqualTo(1);
    assertThat(drift.out()).startsWith("drift in 2025-09-26: capmeter 24601/udp: IANA-assigned");

    acknowledge(UDPSTP, "lab network only");

    CliRun after = run("check", "--all", "--db", db);
    assertThat(after.code).as(after.out()).isZero();
    assertThat(after.out()).contains("(acknowledged: lab network only)");
    CliRun settled = run("local", "drift", "--db", db);
    assertThat(settled.code).isZero();
    assertThat(settled.out()).contains("[" + UDPSTP + "] (acknowledged by ann: lab network only)");
  }

  @Test
  void eachOfThreeVersionsImportedAtOnceReportsItsOwnDrift() {
    add("clockwork", "5319");

    CliRun imported =
        run(
            "db",
            "import",
            history("2025-09-26"),
            history("2025-09-29"),
            history("2026-03-27"),
            "--db",
            db);

    assertThat(imported.out())
        .contains("\ndrift in 2025-09-26: capmeter 24601/udp: IANA-assigned to udpstp")
        .contains("\ndrift in 2026-03-27: clockwork 5319/udp: IANA-assigned to roughtime");
    acknowledge(UDPSTP, "lab network only");
    // The newest version's drift is still open: acknowledging the older one is not enough.
    CliRun all = run("check", "--all", "--db", db);
    assertThat(all.code).isEqualTo(1);
    assertThat(all.out()).contains("clockwork 5319/udp: conflict");
  }

  @Test
  void anAcknowledgementGivenBeforeTheVersionThatRaisesTheFindingDoesNotCoverIt() {
    acknowledge(UDPSTP, "expected from the draft");
    assertThat(run("check", "--all", "--db", db).code).isZero();

    run("db", "import", history("2025-09-26"), history("2025-09-29"), "--db", db);

    CliRun all = run("check", "--all", "--db", db);
    assertThat(all.code).isEqualTo(1);
    assertThat(all.out()).doesNotContain("acknowledged: expected from the draft");
    acknowledge(UDPSTP, "seen, lab network only");
    assertThat(run("check", "--all", "--db", db).code).isZero();
  }

  @Test
  void anImportOfNothingNewSaysNothingAboutDrift() {
    run("db", "import", history("2025-09-26"), "--db", db);

    CliRun again = run("db", "import", history("2025-09-26"), "--db", db);

    assertThat(again.out()).contains("already stored").doesNotContain("drift");
  }

  private void acknowledge(String key, String reason) {
    CliRun ack =
        run("local", "acknowledge", "capmeter", key, "--reason", reason, "--as", "ann", "--db", db);
    assertThat(ack.code).as(ack.out() + ack.err()).isZero();
  }
}
