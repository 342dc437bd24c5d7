package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.io.Registries;
import org.portreg.local.Acknowledgement;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.store.Store;
import org.portreg.testing.SharedData;

/**
 * The feed's drift of a version that is not the newest, on real history: with local entries in
 * force, 2025-09-26 (which assigns 24601/udp to udpstp) and 2025-09-29 are imported one after the
 * other without a read of the feed between them, then the newest registry. The drift of 2025-09-26
 * is an entry of its own, valid Atom, until and after it is acknowledged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DriftFeedTest {
  private static final String ID = "urn:portreg:drift:2025-09-26.1:capmeter";
  private static final String KEY = "iana:udpstp:24601/udp";

  @TempDir static Path folder;
  private static WorkflowFixture fixture;
  private static TestServer server;

  @BeforeAll
  static void start() {
    fixture =
        WorkflowFixture.open(
            folder,
            List.of(SharedData.history("2025-09-22")),
            store -> {
              add(store, "capmeter", 24601);
              add(store, "quiet", 24700);
              for (String date : List.of("2025-09-26", "2025-09-29")) {
                store.importRegistry(Registries.read(SharedData.history(date)), date);
              }
            });
    server =
        new TestServer(
            RegistryServer.start(
                ServerOptions.defaults().withAddress("127.0.0.1", 0),
                fixture.source(),
                fixture.store()));
  }

  private static void add(Store store, String name, int port) {
    store
        .local()
        .add(
            LocalAssignment.of(name, Optional.of(PortRange.of(port)), Set.of(Transport.UDP), "lab"),
            "adam",
            "first day");
  }

  @AfterAll
  static void stop() {
    server.close();
    fixture.close();
  }

  private static SyndFeed feed() throws Exception {
    byte[] body = server.get("/feed.atom").body();
    SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries())
        .allMatch(e -> e.getUri() != null && e.getUpdatedDate() != null && e.getTitle() != null);
    return feed;
  }

  private static List<SyndEntry> drift(SyndFeed feed) {
    return feed.getEntries().stream()
        .filter(e -> e.getUri().startsWith("urn:portreg:drift:"))
        .toList();
  }

  private static String checkAll() {
    return TestServer.parse(server.text("/api/v1/check?all=true", 200)).get("result").asText();
  }

  @Test
  @Order(1)
  void theOlderVersionsDriftIsAnEntryOfItsOwnTiedToThatVersion() throws Exception {
    List<SyndEntry> drift = drift(feed());

    assertThat(drift).extracting(SyndEntry::getUri).containsExactly(ID);
    SyndEntry entry = drift.get(0);
    assertThat(entry.getTitle())
        .isEqualTo("Drift: the registry of 2025-09-26 takes what local assignment capmeter uses");
    assertThat(entry.getDescription().getValue())
        .startsWith("capmeter 24601/udp: IANA-assigned to udpstp (24601/udp: UDP-based")
        .contains("[" + KEY + "]: open: portreg check --all fails");
    assertThat(entry.getLinks())
        .extracting(SyndLink::getRel, SyndLink::getHref)
        .contains(
            org.assertj.core.groups.Tuple.tuple("alternate", "/local/capmeter"),
            org.assertj.core.groups.Tuple.tuple("related", "/port/24601"),
            org.assertj.core.groups.Tuple.tuple("related", "/diff?from=2025-09-22&to=2025-09-26"));
    assertThat(entry.getUpdatedDate().toInstant()).hasToString("2025-09-26T00:00:00Z");
  }

  @Test
  @Order(2)
  void theEntrysPageAndTheCheckSayTheSame() {
    assertThat(server.text("/local/capmeter", 200))
        .contains("id=\"drift\"")
        .contains("registry of 2025-09-26 now takes what this entry uses")
        .contains(KEY);
    assertThat(server.text("/local/quiet", 200)).doesNotContain("id=\"drift\"");
    assertThat(checkAll()).isEqualTo("conflict");
  }

  @Test
  @Order(3)
  void onceAcknowledgedTheSameEntrySaysSoAndIsUpdated() throws Exception {
    fixture
        .store()
        .local()
        .acknowledge(new Acknowledgement("capmeter", KEY, "lab network only"), "adam");

    List<SyndEntry> drift = drift(feed());

    assertThat(drift).extracting(SyndEntry::getUri).containsExactly(ID);
    assertThat(drift.get(0).getDescription().getValue())
        .contains("[" + KEY + "]: acknowledged: by adam on ")
        .endsWith(": lab network only");
    assertThat(drift.get(0).getUpdatedDate().toInstant())
        .isAfter(java.time.Instant.parse("2025-09-26T00:00:00Z"));
    assertThat(server.text("/local/capmeter", 200)).doesNotContain("id=\"drift\"");
    assertThat(checkAll()).isEqualTo("clear");
  }
}
