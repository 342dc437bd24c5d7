package org.portreg.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.cli.CliRun;
import org.portreg.cli.common.ExitCodes;
import org.portreg.testing.SharedData;

class DbCommandsTest {
  @TempDir Path folder;
  ByteArrayOutputStream out;
  ByteArrayOutputStream err;
  String db;

  @BeforeEach
  void useTemporaryStore() {
    db = "jdbc:sqlite:" + folder.resolve("store").resolve("portreg.db");
  }

  int run(String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    return CliRun.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  String history(String date) {
    return SharedData.history(date).toString();
  }

  @Test
  void importsFilesOldestFirstWhateverTheirOrderOnTheCommandLine() {
    int code = run("db", "import", "--db", db, history("2026-03-27"), history("2026-03-18"));

    assertThat(code).as(err()).isZero();
    assertThat(out())
        .containsSubsequence(
            "imported 2026-03-18: 14510 records", "imported 2026-03-27: 14512 records");
    assertThat(run("db", "versions", "--db", db)).isZero();
    assertThat(out().lines()).hasSize(2);
    assertThat(out()).startsWith("2026-03-18   14510  ");
  }

  @Test
  void importingAStoredVersionAgainSaysSoAndChangesNothing() {
    run("db", "import", "--db", db, history("2026-03-18"));

    assertThat(run("db", "import", "--db", db, history("2026-03-18"))).isZero();
    assertThat(out()).startsWith("2026-03-18 already stored, nothing to do");
  }

  @Test
  void aBadFileNamesLineAndColumnAndLeavesTheStoreAsItWas() throws Exception {
    run("db", "import", "--db", db, history("2026-03-18"));
    Path bad = folder.resolve("bad.xml");
    Files.writeString(
        bad,
        "<?xml version='1.0' encoding='UTF-8'?>\n"
            + "<registry xmlns=\"http://www.iana.org/assignments\" id=\"x\">\n"
            + "  <updated>2026-09-01</updated>\n"
            + "  <record><name>a</name>\n"
            + "  </registry>\n");

    assertThat(run("db", "import", "--db", db, bad.toString())).isEqualTo(ExitCodes.DATA);
    assertThat(err()).startsWith(bad + ":5:");
    run("db", "versions", "--db", db);
    assertThat(out().lines()).hasSize(1);
  }

  @Test
  void refusesAVersionOlderThanTheNewestStored() {
    run("db", "import", "--db", db, history("2026-03-27"));

    assertThat(run("db", "import", "--db", db, history("2026-03-18"))).isEqualTo(1);
    assertThat(err()).contains("2026-03-18 is older than the newest stored version (2026-03-27)");
  }

  @Test
  void historyShowsWhenAServiceAppearedAndEachFieldChange() {
    run("db", "import", "--db", db, history("2026-01-23"), history("2026-02-02"));

    assertThat(run("db", "history", "--db", db, "546/udp")).as(err()).isZero();
    assertThat(out())
        .startsWith("Version     Change   Record\n")
        .contains("2026-01-23  present  dhcpv6-client 546/udp  DHCPv6 Client")
        .doesNotContain("  added  ")
        .contains("present: already in the oldest stored version (2026-01-23)")
        .contains("2026-02-02  changed  dhcpv6-client 546/udp")
        .contains("Reference: \"[RFC-ietf-dhc-rfc8415bis-12]\" -> \"[RFC9915]\"");
  }

  @Test
  void historySaysAddedForARecordThatArrivesInALaterVersion() {
    run("db", "import", "--db", db, history("2026-03-18"), history("2026-03-27"));

    assertThat(run("db", "history", "--db", db, "roughtime")).as(err()).isZero();
    assertThat(out()).contains("2026-03-27  added    roughtime 5319/tcp").doesNotContain("present");
  }

  @Test
  void historyOfAnUnknownServiceExitsOne() {
    run("db", "import", "--db", db, history("2026-03-18"));

    assertThat(run("db", "history", "--db", db, "no-such-service")).isEqualTo(1);
    assertThat(err()).contains("no record matches no-such-service in any stored version");
  }

  @Test
  void historyOnAnEmptyStoreSaysHowToFillIt() {
    assertThat(run("db", "history", "--db", db, "ssh")).isEqualTo(1);
    assertThat(err()).contains("holds no versions yet; run 'portreg db import FILE...'");
  }

  @Test
  void rejectsADatabaseUrlOfAnotherKind() {
    assertThat(run("db", "versions", "--db", "jdbc:mysql://localhost/x")).isEqualTo(2);
    assertThat(err()).contains("must start with jdbc:sqlite: or jdbc:postgresql:");
  }
}
