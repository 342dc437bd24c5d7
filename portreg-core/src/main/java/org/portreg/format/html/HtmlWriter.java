package org.portreg.format.html;

import java.util.List;
import java.util.Locale;
import org.portreg.format.PageLabels;
import org.portreg.model.Footnote;
import org.portreg.model.Inline;
import org.portreg.model.Note;
import org.portreg.model.RegistryHeader;

/** Writes one {@link HtmlPage}. One instance per page; not thread-safe. */
final class HtmlWriter {
  /** The formats a registry is published in, as the Available Formats links name them. */
  private static final List<String> FORMATS = List.of("xml", "csv", "txt", "html");

  private final HtmlPage page;
  private final StringBuilder out = new StringBuilder(1 << 16);
  private final HtmlCells cells;

  HtmlWriter(HtmlPage page) {
    this.page = page;
    this.cells = new HtmlCells(out);
  }

  String write() {
    RegistryHeader header = page.registry().header();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n");
    out.append("<head>\n<meta charset=\"utf-8\"/>\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out.append("<title>");
    Html.escape(out, header.title()).append("</title>\n");
    writeStylesheet();
    out.append("</head>\n<body>\n");
    writeHeader(header);
    page.search().ifPresent(this::writeSearch);
    new HtmlTables(out, page, cells).write();
    writeFootnotes(page.registry().footnotes());
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private void writeStylesheet() {
    if (page.stylesheetHref().isPresent()) {
      out.append("<link rel=\"stylesheet\" href=\"");
      Html.escape(out, page.stylesheetHref().get()).append("\"/>\n");
    } else {
      out.append("<style>").append(HtmlFormat.STYLESHEET).append("</style>\n");
    }
  }

  private void writeHeader(RegistryHeader header) {
    out.append("<header>\n<h1>");
    Html.escape(out, header.title()).append("</h1>\n<dl class=\"header\">\n");
    term(PageLabels.LAST_UPDATED);
    Html.escape(out, header.updated().toString()).append("</dd>\n");
    for (String expert : header.experts()) {
      term(PageLabels.EXPERTS);
      out.append("<div class=\"note\">");
      Html.escape(out, expert.strip()).append("</div></dd>\n");
    }
    if (!header.references().isEmpty()) {
      term(PageLabels.REFERENCE);
      header.references().forEach(cells::reference);
      out.append("</dd>\n");
    }
    header.notes().forEach(this::writeNote);
    term(PageLabels.FORMATS);
    writeFormats(header.id());
    out.append("</dd>\n</dl>\n</header>\n");
  }

  private void term(String label) {
    out.append("<dt>");
    Html.escape(out, label).append("</dt><dd>");
  }

  private void writeNote(Note note) {
    term(note.title().orElse(PageLabels.NOTE));
    boolean linksOnly =
        note.text().parts().stream()
            .allMatch(p -> !(p instanceof Inline.Text t) || t.value().isBlank());
    out.append(linksOnly ? "<div>" : "<div class=\"note\">");
    cells.richText(note.text(), true);
    out.append("</div></dd>\n");
  }

  private void writeFormats(String id) {
    for (int i = 0; i < FORMATS.size(); i++) {
      String format = FORMATS.get(i);
      out.append(i == 0 ? "" : " ");
      Html.link(out, id + "." + format, format.toUpperCase(Locale.ROOT));
    }
  }

  private void writeSearch(HtmlPage.Search search) {
    out.append("<p class=\"results\">");
    out.append(search.matches()).append(search.matches() == 1 ? " match for " : " matches for ");
    out.append("<q>");
    Html.escape(out, search.query()).append("</q>");
    out.append(", page ").append(search.page()).append(" of ").append(search.pages());
    out.append("</p>\n<nav class=\"pages\">");
    if (search.page() > 1) {
      pageLink(search, search.page() - 1, "Previous page");
    }
    if (search.page() < search.pages()) {
      pageLink(search, search.page() + 1, "Next page");
    }
    out.append("</nav>\n");
  }

  private void pageLink(HtmlPage.Search search, int number, String label) {
    page.links().searchPage(search.query(), number).ifPresent(href -> Html.link(out, href, label));
  }

  private void writeFootnotes(List<Footnote> footnotes) {
    if (footnotes.isEmpty()) {
      return;
    }
    out.append("<h2>Footnote</h2>\n<dl class=\"header\">\n");
    for (Footnote note : footnotes) {
      out.append("<dt id=\"");
      Html.escape(out, HtmlCells.anchor("note-", note.anchor())).append("\">[");
      Html.escape(out, note.anchor()).append("]</dt><dd>");
      cells.richText(note.text(), false);
      out.append("</dd>\n");
    }
    out.append("</dl>\n");
  }
}
