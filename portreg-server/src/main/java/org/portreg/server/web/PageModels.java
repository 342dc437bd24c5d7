package org.portreg.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.portreg.format.RecordColumns;
import org.portreg.model.Footnote;
import org.portreg.model.Note;
import org.portreg.model.Person;
import org.portreg.model.RecordStatus;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.ServiceRecord;
import org.portreg.rules.RecordRules;
import org.portreg.server.http.Page;
import org.portreg.server.spi.RegistryVersion;
import org.portreg.server.web.view.Field;
import org.portreg.server.web.view.Link;
import org.portreg.server.web.view.Pager;
import org.portreg.server.web.view.PersonPage;
import org.portreg.server.web.view.PersonView;
import org.portreg.server.web.view.RecordRow;
import org.portreg.server.web.view.RegistryPage;
import org.portreg.server.web.view.Span;

/** Builds the view models of the pages from a registry version. Stateless. */
final class PageModels {
  static final List<String> PERSON_COLUMNS =
      List.of("Service Name", "Port Number", "Transport Protocol", "Description", "Role");

  /**
   * The records table's columns: the registry's twelve with the record's status after the
   * transport, so a phone's card shows it next to the name (issue 15).
   */
  static final List<String> RECORD_COLUMNS = recordColumns();

  /** The index of the Status column in {@link #RECORD_COLUMNS} and {@link #row}. */
  static final int STATUS = RecordColumns.DESCRIPTION;

  private PageModels() {}

  private static List<String> recordColumns() {
    List<String> columns = new ArrayList<>(RecordColumns.HEADERS);
    columns.add(STATUS, "Status");
    return List.copyOf(columns);
  }

  static final String REQUEST_AN_ASSIGNMENT = "Request an Assignment";
  private static final List<Span> OWN_FORM =
      List.of(
          Span.text("Apply on this server: "),
          Span.link("request a port or service name", "/requests/new"),
          Span.text(" (RFC 6335 procedures; sign in first)."));

  /** The registry page for one page of {@code records}. */
  static RegistryPage registryPage(
      RegistryVersion version,
      Page<ServiceRecord> page,
      String search,
      List<Link> formats,
      String action,
      Function<String, Optional<Person>> personById,
      String error,
      boolean ownForm) {
    Registry registry = version.registry();
    List<PersonView> people = contacts(page.items(), personById);
    return new RegistryPage(
        registry.header().title(),
        registry.header().updated().toString(),
        header(registry.header(), ownForm),
        formats,
        RECORD_COLUMNS,
        page.items().stream().map(PageModels::row).toList(),
        pager(page, search, action),
        people,
        people.stream().anyMatch(p -> !p.org().isEmpty()),
        footnotes(registry.footnotes()),
        search,
        action,
        error);
  }

  /**
   * The header block; with {@code ownForm} (the workflow is on) "Request an Assignment" points to
   * this server's request form instead of IANA's (issue 15).
   */
  private static List<Field> header(RegistryHeader header, boolean ownForm) {
    List<Field> fields = new ArrayList<>();
    fields.add(Field.of("Last Updated", Spans.text(header.updated().toString())));
    fields.add(Field.of("Expert(s)", expertSpans(header.experts())));
    fields.add(Field.of("Reference", Spans.references(header.references())));
    for (Note note : header.notes()) {
      String title = note.title().orElse("Note");
      fields.add(
          ownForm && title.equals(REQUEST_AN_ASSIGNMENT)
              ? Field.of(title, OWN_FORM)
              : new Field(title, Paragraphs.of(Spans.of(note.text()))));
    }
    return fields;
  }

  private static List<Span> expertSpans(List<String> experts) {
    List<Span> spans = new ArrayList<>();
    for (String expert : experts) {
      for (String line : expert.strip().split("\n")) {
        if (!spans.isEmpty()) {
          spans.add(Span.BREAK);
        }
        spans.add(Span.text(line.strip()));
      }
    }
    return spans;
  }

  /** A record's thirteen cells, in the order of {@link #RECORD_COLUMNS}. */
  static RecordRow row(ServiceRecord r) {
    List<String> plain = RecordColumns.of(r);
    return new RecordRow(
        List.of(
            nameCell(r),
            portCell(r),
            Spans.text(plain.get(RecordColumns.TRANSPORT)),
            Spans.text(statusLabel(RecordRules.statusOf(r))),
            Spans.of(r.description()),
            Spans.people(r.assigneeIds()),
            Spans.people(r.contactIds()),
            Spans.text(plain.get(RecordColumns.REGISTERED)),
            Spans.text(plain.get(RecordColumns.UPDATED)),
            Spans.references(r.references()),
            Spans.text(plain.get(RecordColumns.SERVICE_CODE)),
            r.unauthorized().map(Spans::of).orElse(List.of()),
            r.notes().map(Spans::of).orElse(List.of())));
  }

  /** A record status in words: {@code Assigned}, {@code Private use}. */
  static String statusLabel(RecordStatus status) {
    String words = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The service name, linked to its page. */
  static List<Span> nameCell(ServiceRecord r) {
    return r.serviceName()
        .map(n -> List.of(Span.link(n, "/service/" + encode(n))))
        .orElse(List.of());
  }

  /** The port or range, linked to the page of its (first) port. */
  static List<Span> portCell(ServiceRecord r) {
    return r.number()
        .map(
            n ->
                List.of(
                    Span.link(RecordColumns.of(r).get(RecordColumns.PORT), "/port/" + n.first())))
        .orElse(List.of());
  }

  private static Pager pager(Page<?> page, String search, String action) {
    String query = search.isEmpty() ? "" : "search=" + encode(search) + "&";
    int first = page.total() == 0 ? 0 : (page.number() - 1) * page.size() + 1;
    return new Pager(
        page.number(),
        page.pages(),
        page.total(),
        first,
        first == 0 ? 0 : first + page.items().size() - 1,
        page.hasPrevious() ? action + "?" + query + "page=" + (page.number() - 1) : null,
        page.hasNext() ? action + "?" + query + "page=" + (page.number() + 1) : null);
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The people the records name, sorted by ID, as the registry's contact table shows them. */
  static List<PersonView> contacts(
      List<ServiceRecord> records, Function<String, Optional<Person>> personById) {
    Set<String> ids = new LinkedHashSet<>();
    records.forEach(r -> ids.addAll(r.personIds()));
    return ids.stream()
        .sorted()
        .map(personById)
        .flatMap(Optional::stream)
        .map(PageModels::person)
        .toList();
  }

  static PersonView person(Person p) {
    String uri = p.uri().orElse("");
    return new PersonView(
        p.id(),
        Spans.personHref(p.id()),
        p.name().orElse(""),
        p.org().orElse(""),
        uri,
        Spans.safeUri(uri),
        p.updated().map(Object::toString).orElse(""));
  }

  private static List<Field> footnotes(List<Footnote> footnotes) {
    return footnotes.stream()
        .map(f -> new Field(f.anchor(), Paragraphs.of(Spans.of(f.text()))))
        .toList();
  }

  /** A person's page: the entry and the records naming the person, in registry order. */
  static PersonPage personPage(RegistryVersion version, Person person) {
    List<RecordRow> rows = new ArrayList<>();
    for (ServiceRecord r : version.registry().records()) {
      String role = roleOf(r, person.id());
      if (!role.isEmpty()) {
        List<String> plain = RecordColumns.of(r);
        rows.add(
            new RecordRow(
                List.of(
                    Spans.text(plain.get(RecordColumns.NAME)),
                    Spans.text(plain.get(RecordColumns.PORT)),
                    Spans.text(plain.get(RecordColumns.TRANSPORT)),
                    Spans.of(r.description()),
                    Spans.text(role))));
      }
    }
    RegistryHeader header = version.registry().header();
    return new PersonPage(
        person(person), header.title(), header.updated().toString(), PERSON_COLUMNS, rows);
  }

  private static String roleOf(ServiceRecord r, String id) {
    boolean assignee = r.assigneeIds().contains(id);
    boolean contact = r.contactIds().contains(id);
    if (assignee && contact) {
      return "Assignee, Contact";
    }
    return assignee ? "Assignee" : contact ? "Contact" : "";
  }
}
