package org.portreg.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.portreg.format.RecordColumns;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Xref;
import org.portreg.rules.RecordRules;
import org.portreg.server.web.view.DetailPage.RecordCard;
import org.portreg.server.web.view.Field;
import org.portreg.server.web.view.RecordRow;
import org.portreg.server.web.view.Span;

/**
 * The records of a service or port page: a summary of them all, a table of their short fields, and
 * a card per record with long fields, so no long text stretches the table (issue 15). Stateless.
 */
final class DetailRecords {
  /** A description longer than this many characters goes to the record's card. */
  static final int LONG_DESCRIPTION = 160;

  /** The table's columns: the records table's without Unauthorized Use and Notes. */
  static final List<String> COLUMNS =
      PageModels.RECORD_COLUMNS.subList(0, PageModels.RECORD_COLUMNS.size() - 2);

  private static final int DESCRIPTION = PageModels.STATUS + 1;

  private DetailRecords() {}

  /**
   * What the records say together, in the order a reader asks: which services (port pages), ports
   * and transports, status, assignee, contact, registered since, last updated, references.
   */
  static List<Field> summary(
      List<ServiceRecord> records, Function<String, Optional<Person>> people, boolean portPage) {
    List<Field> fields = new ArrayList<>();
    if (records.isEmpty()) {
      return fields;
    }
    if (portPage) {
      add(fields, "Services", joined(records.stream().map(PageModels::nameCell).toList()));
    }
    add(
        fields,
        "Ports and transports",
        joined(records.stream().map(DetailRecords::where).toList()));
    Set<String> statuses = new LinkedHashSet<>();
    records.forEach(r -> statuses.add(PageModels.statusLabel(RecordRules.statusOf(r))));
    add(fields, "Status", Spans.text(String.join(", ", statuses)));
    add(fields, "Assignee", people(records, ServiceRecord::assigneeIds, people));
    add(fields, "Contact", people(records, ServiceRecord::contactIds, people));
    dates(records, fields);
    Set<Xref> references = new LinkedHashSet<>();
    records.forEach(r -> references.addAll(r.references()));
    add(
        fields,
        "References",
        joined(references.stream().map(x -> List.of(Spans.xref(x))).toList()));
    return fields;
  }

  /** Registered since (the earliest registration date) and last updated (the latest change). */
  private static void dates(List<ServiceRecord> records, List<Field> fields) {
    Optional<PartialDate> since =
        records.stream().flatMap(r -> r.registered().stream()).min(PartialDate::compareTo);
    fields.add(
        Field.of(
            "Registered since",
            Spans.text(since.map(PartialDate::toString).orElse("not recorded in the registry"))));
    records.stream()
        .flatMap(r -> r.updated().stream())
        .max(PartialDate::compareTo)
        .ifPresent(d -> fields.add(Field.of("Last updated", Spans.text(d.toString()))));
  }

  private static void add(List<Field> fields, String label, List<Span> spans) {
    if (!spans.isEmpty()) {
      fields.add(Field.of(label, spans));
    }
  }

  /** The record's port and transport, {@code 443/tcp} linked to the port page. */
  private static List<Span> where(ServiceRecord r) {
    String transport = RecordColumns.of(r).get(RecordColumns.TRANSPORT);
    List<Span> port = PageModels.portCell(r);
    if (port.isEmpty()) {
      return List.of(Span.text(transport.isEmpty() ? "no port" : "no port (" + transport + ")"));
    }
    Span link = port.get(0);
    return List.of(
        transport.isEmpty() ? link : Span.link(link.text() + "/" + transport, link.href()));
  }

  /** The people {@code ids} names over all records, once each, by name (else organization). */
  private static List<Span> people(
      List<ServiceRecord> records,
      Function<ServiceRecord, List<String>> ids,
      Function<String, Optional<Person>> people) {
    Map<String, String> names = new LinkedHashMap<>();
    for (ServiceRecord r : records) {
      for (String id : ids.apply(r)) {
        names.putIfAbsent(id, people.apply(id).flatMap(p -> p.name().or(p::org)).orElse(id));
      }
    }
    return joined(
        names.entrySet().stream()
            .map(e -> List.of(Span.link(e.getValue(), Spans.personHref(e.getKey()))))
            .toList());
  }

  /** The distinct pieces, separated by commas. */
  private static List<Span> joined(List<List<Span>> pieces) {
    List<Span> spans = new ArrayList<>();
    Set<List<Span>> seen = new LinkedHashSet<>();
    for (List<Span> piece : pieces) {
      if (!piece.isEmpty() && seen.add(piece)) {
        if (!spans.isEmpty()) {
          spans.add(Span.text(", "));
        }
        spans.addAll(piece);
      }
    }
    return spans;
  }

  /** The table row of record number {@code i}: a long description becomes a link to its card. */
  static RecordRow row(ServiceRecord r, int i) {
    List<List<Span>> cells = new ArrayList<>(PageModels.row(r).cells().subList(0, COLUMNS.size()));
    if (isLong(r)) {
      cells.set(DESCRIPTION, List.of(Span.link("Long description, below", "#" + cardId(i))));
    } else if (hasLongFields(r)) {
      List<Span> description = new ArrayList<>(cells.get(DESCRIPTION));
      description.add(Span.BREAK);
      description.add(Span.link("Notes, below", "#" + cardId(i)));
      cells.set(DESCRIPTION, description);
    }
    return new RecordRow(cells);
  }

  /**
   * The table of {@code records}: name, port, transport, status and description, then only the
   * columns some record fills, so an empty column takes no room.
   */
  static Table table(List<ServiceRecord> records) {
    List<RecordRow> full = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      full.add(row(records.get(i), i));
    }
    List<Integer> kept = new ArrayList<>();
    for (int c = 0; c < COLUMNS.size(); c++) {
      int column = c;
      if (c <= DESCRIPTION || full.stream().anyMatch(r -> !r.cells().get(column).isEmpty())) {
        kept.add(c);
      }
    }
    List<RecordRow> rows =
        full.stream().map(r -> new RecordRow(kept.stream().map(r.cells()::get).toList())).toList();
    return new Table(kept.stream().map(COLUMNS::get).toList(), rows);
  }

  /**
   * A records table.
   *
   * @param columns the column headers
   * @param rows the rows, one cell per column
   */
  record Table(List<String> columns, List<RecordRow> rows) {}

  /** The cards of the records with long fields, in record order. */
  static List<RecordCard> cards(List<ServiceRecord> records) {
    List<RecordCard> cards = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      ServiceRecord r = records.get(i);
      if (isLong(r) || hasLongFields(r)) {
        List<Field> fields = new ArrayList<>();
        if (isLong(r)) {
          fields.add(new Field("Description", Paragraphs.of(Spans.of(r.description()))));
        }
        r.unauthorized()
            .ifPresent(
                u ->
                    fields.add(new Field("Unauthorized Use Reported", Paragraphs.of(Spans.of(u)))));
        r.notes()
            .ifPresent(n -> fields.add(new Field("Assignment Notes", Paragraphs.of(Spans.of(n)))));
        cards.add(new RecordCard(cardId(i), DetailModels.label(r), fields));
      }
    }
    return cards;
  }

  private static boolean isLong(ServiceRecord r) {
    return r.description().plain().length() > LONG_DESCRIPTION;
  }

  private static boolean hasLongFields(ServiceRecord r) {
    return r.unauthorized().isPresent() || r.notes().isPresent();
  }

  private static String cardId(int i) {
    return "record-" + (i + 1);
  }
}
