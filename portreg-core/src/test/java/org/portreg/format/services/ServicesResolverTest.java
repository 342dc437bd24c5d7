package org.portreg.format.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;
import org.portreg.testing.SharedData;

/**
 * The generated file read by the system's own resolver: glibc's {@code getent services} run in a
 * private mount namespace where the file is bind-mounted over {@code /etc/services}. Skipped, with
 * the reason, where that cannot run (no {@code unshare} or {@code getent}, no privilege, or an NSS
 * that does not read the file).
 */
class ServicesResolverTest {
  @TempDir Path dir;

  String getent(Path file, String... keys) throws IOException, InterruptedException {
    String script =
        "mount --bind \"$0\" /etc/services && getent services " + String.join(" ", keys);
    Process p =
        new ProcessBuilder("unshare", "-m", "sh", "-c", script, file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return out;
  }

  void assumeResolverReadsFile() throws InterruptedException {
    String probe = null;
    try {
      Path file = dir.resolve("probe");
      Files.writeString(file, "portreg-probe 54321/tcp portreg-alias\n");
      probe = getent(file, "portreg-alias/tcp");
    } catch (IOException e) {
      Assumptions.abort("cannot run unshare/getent here: " + e.getMessage());
    }
    Assumptions.assumeTrue(
        probe.startsWith("portreg-probe"),
        "glibc getent in a private mount namespace is not available here: " + probe.strip());
  }

  @Test
  void glibcResolvesNamesPortsAndAliasesFromTheWrittenFile() throws Exception {
    assumeResolverReadsFile();
    Registry registry = XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest.xml");
    Path file = dir.resolve("services");
    Files.writeString(file, ServicesFormat.writeText(registry, ServicesOptions.DEFAULT));
    String out = getent(file, "http/tcp", "443/udp", "whois++/tcp", "sql*net/udp", "9/dccp");
    assertThat(out.lines().map(l -> l.replaceAll("\\s+", " ")).toList())
        .containsExactly(
            "http 80/tcp",
            "https 443/udp",
            "whoispp 63/tcp whois++",
            "sql-net 66/udp sql*net",
            "discard 9/dccp");
  }

  @Test
  void glibcFindsEveryAssignedPortOfANameThatHasSeveral() throws Exception {
    assumeResolverReadsFile();
    Registry registry = XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest.xml");
    Path file = dir.resolve("services");
    Files.writeString(file, ServicesFormat.writeText(registry, ServicesOptions.DEFAULT));
    String out =
        getent(file, "8080/tcp", "150/tcp", "85/tcp", "256/tcp", "571/tcp", "http-alt/tcp");
    // Name and port of each answer (aliases and comments aside).
    assertThat(out.lines().map(l -> l.split("\\s+", 3)[0] + " " + l.split("\\s+", 3)[1]).toList())
        .containsExactly(
            "http-alt 8080/tcp",
            "sql-net 150/tcp",
            "mit-ml-dev 85/tcp",
            "rap 256/tcp",
            "meter 571/tcp",
            "http-alt 591/tcp");
  }

  @Test
  void glibcSeesExpandedRangesAndOnlyTheChosenTransports() throws Exception {
    assumeResolverReadsFile();
    Registry registry = XmlFormat.read(SharedData.bytes(SharedData.newestXml()), "newest.xml");
    Path file = dir.resolve("services");
    ServicesOptions options =
        ServicesOptions.DEFAULT
            .withExpandRanges(true)
            .withTransports(java.util.EnumSet.of(org.portreg.model.Transport.TCP));
    Files.writeString(file, ServicesFormat.writeText(registry, options));
    String out = getent(file, "6063/tcp", "x11/tcp", "http/udp");
    assertThat(out.lines().map(l -> l.replaceAll("\\s+", " ")).toList())
        .containsExactly("x11 6063/tcp", "x11 6000/tcp");
  }
}
