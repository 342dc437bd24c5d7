package org.portreg.format.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.portreg.format.Format;
import org.portreg.format.RecordColumns;
import org.portreg.format.txt.SmallRegistry;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.testing.SharedData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlFormatTest {
  private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";
  private static final Registry SMALL = SmallRegistry.build(HOSTILE);

  /** Parses the page with the JDK's strict XML parser: any unescaped value breaks it. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  @Test
  void writesAWellFormedPageWithNoScriptEvenFromHostileData() throws Exception {
    String html = HtmlFormat.writeText(SMALL);
    assertThat(html).startsWith("<!DOCTYPE html>\n").doesNotContain("<script");
    Document doc = parse(html);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(texts(doc, "td")).anyMatch(t -> t.contains(HOSTILE));
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
  }

  @Test
  void showsTheHeaderBlockAsTheRegistryPageDoes() throws Exception {
    Document doc = parse(HtmlFormat.writeText(SMALL));
    assertThat(texts(doc, "h1")).containsExactly(SMALL.header().title());
    assertThat(texts(doc, "dt"))
        .startsWith(
            "Last Updated",
            "Expert(s)",
            "Reference",
            "Note",
            "Request an Assignment",
            "Available Formats");
    assertThat(texts(doc, "a"))
        .contains("XML", "CSV", "TXT", "HTML", "https://www.iana.org/protocols/apply", "RFC6335");
    assertThat(texts(doc, "style")).containsExactly(HtmlFormat.STYLESHEET);
  }

  @Test
  void showsEveryRecordAsItsTwelveColumns() throws Exception {
    Document doc = parse(HtmlFormat.writeText(SMALL));
    Element table = (Element) doc.getElementsByTagName("table").item(0);
    NodeList rows = table.getElementsByTagName("tbody").item(0).getChildNodes();
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < rows.getLength(); i++) {
      if (rows.item(i) instanceof Element row) {
        cells.add(texts(row, "td"));
      }
    }
    assertThat(cells).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(cells.get(i)).isEqualTo(RecordColumns.of(SMALL.records().get(i)));
    }
  }

  private static List<String> texts(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  @Test
  void fileExportHasNoServiceOrPortLinks() {
    String html = HtmlFormat.writeText(SMALL);
    assertThat(html).doesNotContain("/service/").doesNotContain("/port/");
  }

  @Test
  void aSearchPageLinksNamesPortsAndPagesAndListsOnlyThePeopleItsRowsName() throws Exception {
    HtmlPage page =
        new HtmlPage(
            SMALL,
            List.of(SMALL.records().get(0)),
            Optional.of(new HtmlPage.Search("http & co", 2, 3, 201)),
            LinkPolicy.SERVER,
            Optional.of("/static/registry.css"));
    String html = HtmlFormat.writePage(page);
    Document doc = parse(html);
    assertThat(html)
        .contains("<a href=\"/service/http\">http</a>")
        .contains("<a href=\"/port/80\">80</a>")
        .contains("href=\"/search?q=http%20%26%20co&amp;page=1\"")
        .contains("href=\"/search?q=http%20%26%20co&amp;page=3\"")
        .contains("<link rel=\"stylesheet\" href=\"/static/registry.css\"/>")
        .doesNotContain("<style>");
    assertThat(texts(doc, "p")).anyMatch(p -> p.contains("201 matches for http & co, page 2 of 3"));
    Element people = (Element) doc.getElementsByTagName("table").item(1);
    assertThat(texts(people, "th")).containsExactly("ID", "Name", "Contact URI", "Last Updated");
    assertThat(texts(people, "td")).first().isEqualTo("[Tim_Berners_Lee]");
    assertThat(html).contains("<a href=\"#person-Tim_Berners_Lee\">Tim_Berners_Lee</a>");
  }

  @Test
  void showsTheOrganizationColumnOnlyWhenAShownPersonHasOne() throws Exception {
    HtmlPage page =
        new HtmlPage(
            SMALL,
            List.of(SMALL.records().get(1)),
            Optional.empty(),
            LinkPolicy.NONE,
            Optional.empty());
    Document doc = parse(HtmlFormat.writePage(page));
    Element people = (Element) doc.getElementsByTagName("table").item(1);
    assertThat(texts(people, "th"))
        .containsExactly("ID", "Name", "Organization", "Contact URI", "Last Updated");
    assertThat(texts(people, "td")).containsSubsequence("[IESG]", "[IETF_Chair]");
  }

  @Test
  void neverLinksAJavascriptUri() {
    assertThat(HtmlCells.isWebAddress("javascript:alert(1)")).isFalse();
    assertThat(HtmlCells.isWebAddress("HTTPS://example.org/")).isTrue();
  }

  @Test
  void refusesAPageOutsideThePages() {
    assertThatThrownBy(() -> new HtmlPage.Search("q", 4, 3, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("page must be in 1..3, was 4");
  }

  @Test
  void exposesTheStylesheetHashForAContentSecurityPolicy() {
    assertThat(HtmlFormat.stylesheetHash()).matches("'sha256-[A-Za-z0-9+/]{43}='");
    assertThat(HtmlFormat.STYLESHEET).contains("@media (max-width:40rem)").doesNotContain("url(");
  }

  @Test
  void writesTheNewestRegistryWithEveryRecordAndPerson() throws Exception {
    Registry newest = Registries.read(SharedData.newestXml());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Registries.write(newest, Format.HTML, out);
    Document doc = parse(out.toString(StandardCharsets.UTF_8));
    Element records = (Element) doc.getElementsByTagName("table").item(0);
    assertThat(records.getElementsByTagName("tr").getLength())
        .isEqualTo(newest.records().size() + 1);
    Element people = (Element) doc.getElementsByTagName("table").item(1);
    long named =
        newest.people().stream()
            .filter(p -> newest.records().stream().anyMatch(r -> r.personIds().contains(p.id())))
            .count();
    assertThat(people.getElementsByTagName("tr").getLength()).isEqualTo((int) named + 1);
  }
}
