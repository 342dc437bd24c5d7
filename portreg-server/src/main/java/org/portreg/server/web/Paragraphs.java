package org.portreg.server.web;

import java.util.ArrayList;
import java.util.List;
import org.portreg.server.web.view.Paragraph;
import org.portreg.server.web.view.Span;

/**
 * Splits note text, written with hard line breaks, into paragraphs as a reader expects them: blank
 * lines separate paragraphs, single line breaks become spaces, and a block whose lines all start
 * with {@code *} (IANA's banner) keeps its layout. Stateless.
 */
final class Paragraphs {
  private Paragraphs() {}

  static List<Paragraph> of(List<Span> spans) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<List<Span>> block = new ArrayList<>();
    for (List<Span> line : lines(spans)) {
      if (isBlank(line)) {
        flush(block, paragraphs);
      } else {
        block.add(line);
      }
    }
    flush(block, paragraphs);
    return paragraphs;
  }

  private static List<List<Span>> lines(List<Span> spans) {
    List<List<Span>> lines = new ArrayList<>();
    List<Span> line = new ArrayList<>();
    for (Span span : spans) {
      if (span.lineBreak()) {
        lines.add(line);
        line = new ArrayList<>();
      } else if (span.isLink()) {
        line.add(span);
      } else {
        String[] pieces = span.text().split("\n", -1);
        for (int i = 0; i < pieces.length; i++) {
          if (i > 0) {
            lines.add(line);
            line = new ArrayList<>();
          }
          if (!pieces[i].isEmpty()) {
            line.add(Span.text(pieces[i]));
          }
        }
      }
    }
    lines.add(line);
    return lines;
  }

  private static boolean isBlank(List<Span> line) {
    return line.stream().allMatch(s -> !s.isLink() && s.text().isBlank());
  }

  private static void flush(List<List<Span>> block, List<Paragraph> paragraphs) {
    if (block.isEmpty()) {
      return;
    }
    boolean banner =
        block.stream().allMatch(l -> !l.get(0).isLink() && firstText(l).startsWith("*"));
    List<Span> spans = new ArrayList<>();
    for (List<Span> line : block) {
      if (!spans.isEmpty()) {
        spans.add(banner ? Span.BREAK : Span.text(" "));
      }
      spans.addAll(banner ? line : strip(line));
    }
    paragraphs.add(new Paragraph(spans, banner));
    block.clear();
  }

  private static String firstText(List<Span> line) {
    return line.get(0).text().stripLeading();
  }

  /** Drops the indentation and trailing spaces of a line. */
  private static List<Span> strip(List<Span> line) {
    List<Span> out = new ArrayList<>(line);
    if (!out.get(0).isLink()) {
      out.set(0, Span.text(out.get(0).text().stripLeading()));
    }
    int last = out.size() - 1;
    if (!out.get(last).isLink()) {
      out.set(last, Span.text(out.get(last).text().stripTrailing()));
    }
    return out;
  }
}
