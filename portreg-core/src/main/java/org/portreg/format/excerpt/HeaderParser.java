package org.portreg.format.excerpt;

import static org.portreg.format.PageLabels.EXPERTS;
import static org.portreg.format.PageLabels.FORMATS;
import static org.portreg.format.PageLabels.LAST_UPDATED;
import static org.portreg.format.PageLabels.NOTE;
import static org.portreg.format.PageLabels.REFERENCE;
import static org.portreg.format.PageLabels.REQUEST;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portreg.format.PageLabels;
import org.portreg.format.ProblemCollector;
import org.portreg.model.PartialDate;

/**
 * Reads the header block above the table. Each field is a label line (optionally bulleted {@code -
 * Label}) followed by its value lines (a lone {@code -} or a {@code - } bullet is dropped).
 */
final class HeaderParser {
  private static final List<String> LABELS = PageLabels.ALL;
  private static final String IANA = "Internet Assigned Numbers Authority";
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]+)\\]");

  private final Map<String, List<Line>> fields = new LinkedHashMap<>();
  private Optional<String> title = Optional.empty();

  private HeaderParser() {}

  static ExcerptHeader parse(List<Line> lines, ProblemCollector problems) {
    HeaderParser parser = new HeaderParser();
    parser.split(lines);
    return parser.header(problems);
  }

  private void split(List<Line> lines) {
    List<Line> current = null;
    for (Line line : lines) {
      String text = unbulleted(line.text());
      if (LABELS.contains(text)) {
        current = new ArrayList<>();
        fields.put(text, current);
      } else if (current != null) {
        current.add(new Line(line.number(), text));
      } else if (title.isEmpty() && !text.isEmpty() && !text.equals(IANA)) {
        title = Optional.of(text);
      }
    }
  }

  private static String unbulleted(String text) {
    String t = text.strip();
    if (t.equals("-")) {
      return "";
    }
    return t.startsWith("- ") ? t.substring(2).strip() : t;
  }

  private ExcerptHeader header(ProblemCollector problems) {
    return new ExcerptHeader(
        title,
        date(problems),
        text(EXPERTS),
        bracketed(REFERENCE),
        text(NOTE),
        bracketed(REQUEST).stream().findFirst(),
        nonBlank(FORMATS).stream().map(Line::text).toList());
  }

  private Optional<PartialDate> date(ProblemCollector problems) {
    List<Line> lines = nonBlank(LAST_UPDATED);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    Line line = lines.get(0);
    try {
      return Optional.of(PartialDate.parse(line.text()));
    } catch (IllegalArgumentException e) {
      problems.report(line.number(), 1, "Last Updated: " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<String> text(String label) {
    List<String> texts = fields.getOrDefault(label, List.of()).stream().map(Line::text).toList();
    String joined = String.join("\n", texts).strip();
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }

  private List<String> bracketed(String label) {
    List<String> found = new ArrayList<>();
    for (Line line : nonBlank(label)) {
      Matcher m = BRACKETED.matcher(line.text());
      while (m.find()) {
        found.add(m.group(1));
      }
    }
    return found;
  }

  private List<Line> nonBlank(String label) {
    return fields.getOrDefault(label, List.of()).stream().filter(l -> !l.isBlank()).toList();
  }
}
