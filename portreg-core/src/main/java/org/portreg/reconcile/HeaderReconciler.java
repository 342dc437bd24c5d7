package org.portreg.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.format.PageLabels;
import org.portreg.format.RecordColumns;
import org.portreg.format.excerpt.ExcerptHeader;
import org.portreg.model.Note;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;

/** Compares the header fields an excerpt shows with the registry's header. Stateless. */
final class HeaderReconciler {
  private HeaderReconciler() {}

  static List<HeaderComparison> compare(ExcerptHeader shown, RegistryHeader held) {
    List<HeaderComparison> out = new ArrayList<>();
    compareTop(shown, held, out);
    compareNotes(shown, held, out);
    if (!shown.availableFormats().isEmpty()) {
      out.add(
          new HeaderComparison(
              PageLabels.FORMATS,
              HeaderComparison.Status.NOT_IN_REGISTRY,
              String.join(", ", shown.availableFormats()),
              ""));
    }
    return out;
  }

  /** Title, last updated, experts and references, in the page's order. */
  private static void compareTop(
      ExcerptHeader shown, RegistryHeader held, List<HeaderComparison> out) {
    shown.title().ifPresent(t -> out.add(text("Title", t, held.title())));
    shown
        .lastUpdated()
        .ifPresent(
            d -> out.add(text(PageLabels.LAST_UPDATED, d.toString(), held.updated().toString())));
    shown
        .experts()
        .ifPresent(e -> out.add(text(PageLabels.EXPERTS, e, String.join("\n", held.experts()))));
    if (!shown.references().isEmpty()) {
      out.add(
          text(
              PageLabels.REFERENCE,
              brackets(shown.references()),
              RecordColumns.references(held.references())));
    }
  }

  /** The note and the "request an assignment" line. */
  private static void compareNotes(
      ExcerptHeader shown, RegistryHeader held, List<HeaderComparison> out) {
    shown.note().ifPresent(n -> out.add(text(PageLabels.NOTE, n, note(held, Optional.empty()))));
    shown
        .requestAnAssignment()
        .ifPresent(
            u ->
                out.add(
                    text(
                        PageLabels.REQUEST,
                        "[" + u + "]",
                        note(held, Optional.of(PageLabels.REQUEST)))));
  }

  private static String brackets(List<String> values) {
    StringBuilder out = new StringBuilder();
    values.forEach(v -> out.append('[').append(v).append(']'));
    return out.toString();
  }

  /** The text of the first note with the given title, references in brackets. */
  private static String note(RegistryHeader held, Optional<String> title) {
    return held.notes().stream()
        .filter(n -> n.title().equals(title))
        .findFirst()
        .map(Note::text)
        .map(HeaderReconciler::render)
        .orElse("");
  }

  private static String render(RichText text) {
    return text.render("\n", x -> "[" + RecordColumns.reference(x) + "]");
  }

  private static HeaderComparison text(String field, String shown, String held) {
    String a = PageText.ofExcerpt(shown);
    String b = PageText.ofRegistry(held);
    HeaderComparison.Status status;
    if (a.equals(b)) {
      status = HeaderComparison.Status.AGREES;
    } else if (!a.isEmpty() && b.startsWith(a)) {
      status = HeaderComparison.Status.TRUNCATED;
    } else {
      status = HeaderComparison.Status.DIFFERS;
    }
    return new HeaderComparison(field, status, a, b);
  }
}
