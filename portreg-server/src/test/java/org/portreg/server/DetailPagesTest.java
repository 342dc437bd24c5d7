package org.portreg.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.store.Store;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The service, port, map and diff pages and the Atom feed, over a store with three versions. */
class DetailPagesTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private static Store store;
  private static TestServer server;

  @BeforeAll
  static void start(@TempDir Path folder) {
    store = Store.open("jdbc:sqlite:" + folder.resolve("portreg.db"));
    store.importRegistry(TestRegistries.plain("2024-01-01", 3), "a.xml");
    store.importRegistry(TestRegistries.plain("2024-02-01", 4), "b.xml");
    store.importRegistry(TestRegistries.of("2024-03-01", 4, LookupApiTest.EXTRA, ""), "c.xml");
    server = new TestServer(StoreRegistrySource.of(store, Duration.ofSeconds(2)));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void showsAServiceCaseInsensitivelyWithItsHistory() {
    String page = server.text("/service/SVC4", 200);

    assertThat(page).contains("<h1>svc4</h1>").contains("<table id=\"records\"");
    assertThat(page).contains("<ol id=\"history\"").contains("2024-02-01");
    assertThat(rowsOf(page)).isEqualTo(1);
  }

  @Test
  void saysAHistoricNameIsAnAlias() {
    String page = server.text("/service/z39.50", 200);

    assertThat(page).contains("<h1>z39-50</h1>").contains("z39.50 is a historic name");
    assertThat(server.text("/service/nosuch", 404)).contains("no service named nosuch");
  }

  @Test
  void showsAPortWithItsStatusPerTransport() {
    String page = server.text("/port/1001", 200);

    assertThat(page).contains("<h1>Port 1001</h1>").contains("<table id=\"port-status\"");
    assertThat(page)
        .contains("<tr data-transport=\"tcp\"><td>tcp</td><td class=\"status-assigned\">")
        .contains("<tr data-transport=\"udp\"><td>udp</td><td class=\"status-reserved\">")
        .contains("<tr data-transport=\"sctp\"><td>sctp</td><td class=\"status-unassigned\">");
    assertThat(page).contains("<ol id=\"history\"").contains("System port range (0–1023)");
    assertThat(rowsOf(page)).isEqualTo(2);
    assertThat(server.text("/port/50000", 200)).contains("status-dynamic");
    assertThat(server.text("/port/99999", 400)).contains("99999");
  }

  @Test
  void drawsAClickableMap() {
    String page = server.text("/map", 200);
    HttpResponse<byte[]> image = server.get("/map.svg");

    assertThat(page).contains("id=\"port-map\"").contains("<a href=\"/?search=port%3A0-1023");
    assertThat(page.split("<rect x=", -1).length).isGreaterThan(256);
    assertThat(image.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("image/svg+xml");
  }

  @Test
  void offersAFormAndShowsTheDiffOfTwoVersions() {
    String form = server.text("/diff", 200);
    String diff = server.text("/diff?from=2024-01-01&to=2024-03-01", 200);

    assertThat(form)
        .contains("<form id=\"diff-form\"")
        .contains("name=\"from\"")
        .contains("name=\"to\"");
    assertThat(form).doesNotContain("<section id=\"diff\"");
    assertThat(diff).contains("<section id=\"diff\"").contains("<li class=\"change added\">");
    assertThat(diff).contains("<option value=\"2024-01-01\" selected>");
    assertThat(server.text("/diff?from=2023-01-01&to=2024-03-01", 404)).contains("2023-01-01");
  }

  @Test
  void publishesAValidAtomFeedWithOneEntryPerVersion() throws Exception {
    HttpResponse<byte[]> response = server.get("/feed.atom");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");

    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/atom+xml");
    assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
    assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
    assertThat(entries.getLength()).isEqualTo(3);
    assertThat(text((Element) entries.item(0), "title")).isEqualTo("Registry of 2024-03-01");
    assertThat(text((Element) entries.item(0), "updated")).isEqualTo("2024-03-01T00:00:00Z");
    assertThat(text((Element) entries.item(1), "summary"))
        .isEqualTo("Since 2024-01-01: 1 added, 0 removed, 0 changed; 4 records");
    assertThat(text((Element) entries.item(2), "summary")).isEqualTo("First version: 3 records");
    for (String required : List.of("id", "title", "updated")) {
      assertThat(feed.getDocumentElement().getElementsByTagNameNS(ATOM, required).getLength())
          .as(required)
          .isGreaterThan(0);
    }
  }

  @Test
  void aSearchFeedHasTheVersionsThatChangedMatchingRecordsAndIsValidAtom() throws Exception {
    HttpResponse<byte[]> response = server.get("/feed.atom?search=svc4");
    assertThat(response.statusCode()).isEqualTo(200);
    SyndFeed feed =
        new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body())));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).endsWith("matching 'svc4': changes");
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getTitle)
        .contains("Registry of 2024-02-01");
    assertThat(feed.getEntries()).noneMatch(e -> e.getTitle().equals("Registry of 2024-01-01"));
    SyndEntry added =
        feed.getEntries().stream()
            .filter(e -> e.getTitle().equals("Registry of 2024-02-01"))
            .findFirst()
            .orElseThrow();
    assertThat(added.getContents().get(0).getValue()).contains("+ svc4");
    assertThat(added.getUri()).startsWith("urn:portreg:feed:").contains("search%3Dsvc4#version-");
    assertThat(server.text("/feed.atom?search=port:99999", 400)).isNotEmpty();
    SyndFeed none =
        new SyndFeedInput()
            .build(
                new XmlReader(
                    new ByteArrayInputStream(server.get("/feed.atom?search=nosuchthing").body())));
    assertThat(none.getEntries()).isEmpty();
  }

  /** Issue 13/14: absolute links only from --public-url; a forged Host header changes nothing. */
  @Test
  void feedLinksComeFromThePublicUrlOnlyNeverFromTheHostHeader() {
    String plain =
        new String(server.get("/feed.atom", "X-Forwarded-Host", "evil.example").body(), UTF_8);
    assertThat(plain).contains("<id>urn:portreg:feed</id>").contains("href=\"/feed.atom\"");
    assertThat(plain).doesNotContain("evil.example").doesNotContain("127.0.0.1");
    try (TestServer published =
        new TestServer(
            StoreRegistrySource.of(store, Duration.ofSeconds(2)),
            ServerOptions.defaults()
                .withPublicUrl(java.net.URI.create("https://ports.example.org/")))) {
      String feed = new String(published.get("/feed.atom").body(), UTF_8);
      assertThat(feed)
          .contains("<id>https://ports.example.org/feed.atom</id>")
          .contains("href=\"https://ports.example.org/versions/2024-01-01/\"");
    }
  }

  private static String text(Element entry, String name) {
    return entry.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }

  private static int rowsOf(String html) {
    String body = html.substring(html.indexOf("<table id=\"records\""));
    body = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
    return body.split("<tr>", -1).length - 1;
  }
}
