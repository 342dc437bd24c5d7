package org.portreg.format.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.format.RecordColumns;
import org.portreg.model.Person;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;

/** Writes the records table and the contact table of one page. Not thread-safe. */
final class HtmlTables {
  private final StringBuilder out;
  private final HtmlPage page;
  private final HtmlCells cells;

  HtmlTables(StringBuilder out, HtmlPage page, HtmlCells cells) {
    this.out = out;
    this.page = page;
    this.cells = cells;
  }

  void write() {
    List<Person> people = shownPeople();
    Set<String> ids = new LinkedHashSet<>();
    people.forEach(p -> ids.add(p.id()));
    cells.showPeople(ids);
    writeRecords();
    writePeople(people);
  }

  /**
   * The people the rows name, in the registry's people order (IANA's order by ID); IDs without an
   * entry in the people table are left out.
   */
  List<Person> shownPeople() {
    Set<String> named = new LinkedHashSet<>();
    page.rows().forEach(r -> named.addAll(r.personIds()));
    List<Person> shown = new ArrayList<>();
    for (Person p : page.registry().people()) {
      if (named.contains(p.id())) {
        shown.add(p);
      }
    }
    return shown;
  }

  private void writeRecords() {
    out.append("<div class=\"scroll\">\n<table class=\"records\">\n<thead><tr>");
    for (String header : RecordColumns.HEADERS) {
      out.append("<th scope=\"col\">");
      Html.escape(out, header).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    page.rows().forEach(this::writeRecord);
    out.append("</tbody>\n</table>\n</div>\n");
  }

  private void writeRecord(ServiceRecord r) {
    out.append("<tr><td>");
    r.serviceName().ifPresent(n -> cells.linked(page.links().service(n), n));
    out.append("</td><td class=\"port\">");
    r.number().ifPresent(n -> cells.linked(page.links().port(n), n.toString()));
    out.append("</td><td>");
    r.protocol().ifPresent(p -> Html.escape(out, p.token()));
    out.append("</td><td>");
    cells.richText(r.description(), false);
    out.append("</td><td>");
    cells.people(r.assigneeIds());
    out.append("</td><td>");
    cells.people(r.contactIds());
    out.append("</td><td class=\"date\">");
    r.registered().ifPresent(d -> Html.escape(out, d.toString()));
    out.append("</td><td class=\"date\">");
    r.updated().ifPresent(d -> Html.escape(out, d.toString()));
    out.append("</td><td>");
    r.references().forEach(cells::reference);
    out.append("</td><td>");
    r.serviceCode().ifPresent(sc -> Html.escape(out, sc));
    out.append("</td><td>");
    optionalText(r.unauthorized());
    out.append("</td><td>");
    optionalText(r.notes());
    out.append("</td></tr>\n");
  }

  private void optionalText(Optional<RichText> text) {
    text.ifPresent(t -> cells.richText(t, false));
  }

  private void writePeople(List<Person> people) {
    if (people.isEmpty()) {
      return;
    }
    boolean orgs = people.stream().anyMatch(p -> p.org().filter(o -> !o.isBlank()).isPresent());
    out.append("<h2>Contact Information</h2>\n<div class=\"scroll\">\n<table class=\"people\">\n");
    out.append("<thead><tr><th scope=\"col\">ID</th><th scope=\"col\">Name</th>");
    out.append(orgs ? "<th scope=\"col\">Organization</th>" : "");
    out.append(
        "<th scope=\"col\">Contact URI</th><th scope=\"col\">Last Updated</th></tr></thead>\n");
    out.append("<tbody>\n");
    for (Person p : people) {
      writePerson(p, orgs);
    }
    out.append("</tbody>\n</table>\n</div>\n");
  }

  private void writePerson(Person p, boolean orgs) {
    out.append("<tr id=\"");
    Html.escape(out, HtmlCells.anchor("person-", p.id())).append("\"><td>[");
    Html.escape(out, p.id()).append("]</td><td>");
    Html.escape(out, p.name().orElse("")).append("</td>");
    if (orgs) {
      out.append("<td>");
      Html.escape(out, p.org().orElse("")).append("</td>");
    }
    out.append("<td>");
    String uri = p.uri().orElse("");
    cells.linked(HtmlCells.isWebAddress(uri) ? Optional.of(uri) : Optional.empty(), uri);
    out.append("</td><td class=\"date\">");
    p.updated().ifPresent(d -> Html.escape(out, d.toString()));
    out.append("</td></tr>\n");
  }
}
