package org.portreg.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.portreg.diff.Diff;
import org.portreg.diff.FieldChange;
import org.portreg.diff.PersonChange;
import org.portreg.diff.RecordChange;
import org.portreg.format.RecordColumns;
import org.portreg.history.Change;
import org.portreg.model.ServiceRecord;
import org.portreg.rules.PortSpace;
import org.portreg.server.web.view.DetailPage.HistoryItem;
import org.portreg.server.web.view.DiffPage.ChangeItem;

/** Builds the view models of the service, port and diff pages. Stateless. */
final class DetailModels {
  private DetailModels() {}

  /** {@code name port/transport}, leaving out what the record lacks. */
  static String label(ServiceRecord r) {
    List<String> plain = RecordColumns.of(r);
    String name = plain.get(RecordColumns.NAME);
    String port = plain.get(RecordColumns.PORT);
    String transport = plain.get(RecordColumns.TRANSPORT);
    String where = port.isEmpty() ? transport : transport.isEmpty() ? port : port + "/" + transport;
    String text = (name + " " + where).strip();
    return text.isEmpty() ? "(unnamed record)" : text;
  }

  /**
   * The change log as list items. A record "added" in the oldest stored version ({@code oldest},
   * its date) was already there: nobody saw it arrive, and the item says so (issue 15).
   */
  static List<HistoryItem> history(List<Change> changes, String oldest) {
    List<HistoryItem> items = new ArrayList<>();
    for (Change c : changes) {
      boolean present = c.kind() == Change.Kind.ADDED && c.date().toString().equals(oldest);
      String kind = present ? "present" : c.kind().name().toLowerCase(Locale.ROOT);
      StringBuilder text =
          new StringBuilder(label(c.record()))
              .append(' ')
              .append(present ? "present in the oldest stored version (" + oldest + ")" : kind);
      if (!c.fields().isEmpty()) {
        text.append(": ");
        text.append(
            String.join(
                ", ", c.fields().stream().map(org.portreg.history.FieldChange::field).toList()));
      }
      items.add(new HistoryItem(c.date().toString(), kind, text.toString()));
    }
    return items;
  }

  /** What part of the port space {@code port} is in, in words. */
  static String spaceOf(int port) {
    PortSpace space = PortSpace.of(port);
    String name = space.name().charAt(0) + space.name().substring(1).toLowerCase(Locale.ROOT);
    return name
        + " port range ("
        + space.range().first()
        + "–"
        + space.range().last()
        + ")"
        + (space.isAssignable() ? "" : ": never assigned (RFC 6335 §6)");
  }

  /** The diff's counts in words. */
  static String summary(Diff diff) {
    return diff.recordsAdded()
        + " added, "
        + diff.recordsRemoved()
        + " removed, "
        + diff.recordsChanged()
        + " changed";
  }

  /** One item per record change. */
  static List<ChangeItem> changes(Diff diff) {
    List<ChangeItem> items = new ArrayList<>();
    for (RecordChange change : diff.records()) {
      items.add(item(change));
    }
    return items;
  }

  private static ChangeItem item(RecordChange change) {
    if (change instanceof RecordChange.Added a) {
      return new ChangeItem("added", label(a.record()), List.of());
    }
    if (change instanceof RecordChange.Removed r) {
      return new ChangeItem("removed", label(r.record()), List.of());
    }
    if (change instanceof RecordChange.Split s) {
      return new ChangeItem(
          "split", label(s.removed()), s.parts().stream().map(p -> "into " + label(p)).toList());
    }
    RecordChange.Changed c = (RecordChange.Changed) change;
    String kind =
        switch (c.kind()) {
          case MODIFIED -> "changed";
          case RENAMED -> "renamed";
          case MOVED -> "moved";
        };
    return new ChangeItem(
        kind, label(c.after()), c.fields().stream().map(DetailModels::field).toList());
  }

  /** One item per changed header field, then one per added, removed or changed person. */
  static List<ChangeItem> otherChanges(Diff diff) {
    List<ChangeItem> items = new ArrayList<>();
    for (FieldChange f : diff.header()) {
      items.add(new ChangeItem("header", "Registry header: " + f.field(), List.of(field(f))));
    }
    for (PersonChange change : diff.people()) {
      items.add(person(change));
    }
    return items;
  }

  private static ChangeItem person(PersonChange change) {
    if (change instanceof PersonChange.Added a) {
      return new ChangeItem("person-added", "Person " + a.person().id() + " added", List.of());
    }
    if (change instanceof PersonChange.Removed r) {
      return new ChangeItem("person-removed", "Person " + r.person().id() + " removed", List.of());
    }
    PersonChange.Changed c = (PersonChange.Changed) change;
    return new ChangeItem(
        "person-changed",
        "Person " + c.after().id() + " changed",
        c.fields().stream().map(DetailModels::field).toList());
  }

  private static String field(FieldChange f) {
    return f.field() + ": " + f.before().orElse("(none)") + " → " + f.after().orElse("(none)");
  }
}
