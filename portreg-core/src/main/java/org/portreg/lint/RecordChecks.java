package org.portreg.lint;

import static org.portreg.lint.RegistryLint.describe;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portreg.lint.RegistryLint.Context;
import org.portreg.model.PartialDate;
import org.portreg.model.RecordStatus;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.XrefType;
import org.portreg.rules.PortSpace;
import org.portreg.rules.RecordRules;

/** The rules about one record at a time: range, people, expiry, status words, dates. */
final class RecordChecks {
  private static final Pattern EXPIRES =
      Pattern.compile(
          "expir(?:es|ed|y|ation)(?: date)?(?: on)?:? *(\\d{4}-\\d{2}-\\d{2})",
          Pattern.CASE_INSENSITIVE);

  private RecordChecks() {}

  static void check(Context context) {
    LocalDate updated = context.registry.header().updated().earliest();
    for (ServiceRecord r : context.registry.records()) {
      RecordStatus status = RecordRules.statusOf(r);
      String description = r.description().plain();
      if (status == RecordStatus.ASSIGNED) {
        checkDynamic(context, r);
        checkAssignee(context, r);
        checkExpiry(context, r, description, updated);
      }
      checkStatusWord(context, r, description, status);
      checkDates(context, r);
    }
  }

  private static void checkDynamic(Context context, ServiceRecord r) {
    if (r.number().filter(n -> n.last() >= PortSpace.DYNAMIC.range().first()).isPresent()) {
      context.add(
          LintRule.DYNAMIC_RANGE,
          r,
          describe(r)
              + " is assigned inside the Dynamic range 49152-65535, where RFC 6335 section 6"
              + " allows no assignment; move it to a User port or mark it reserved");
    }
  }

  private static void checkAssignee(Context context, ServiceRecord r) {
    boolean specified =
        r.references().stream()
            .anyMatch(x -> x.type() == XrefType.RFC || x.type() == XrefType.DRAFT);
    if (r.number().isPresent() && r.personIds().isEmpty() && !specified) {
      context.add(
          LintRule.NO_ASSIGNEE,
          r,
          describe(r)
              + " is assigned but names no assignee, contact or defining RFC; add the person"
              + " responsible");
    }
  }

  private static void checkExpiry(
      Context context, ServiceRecord r, String description, LocalDate updated) {
    String notes = r.notes().map(RichText::plain).orElse("");
    if (!containsIgnoringCase(notes, "expir") && !containsIgnoringCase(description, "expir")) {
      return; // nearly every record: no regular expression to run
    }
    String text = notes + " " + description;
    Matcher m = EXPIRES.matcher(text);
    while (m.find()) {
      Optional<LocalDate> expiry = parseDate(m.group(1));
      if (expiry.isPresent() && expiry.get().isBefore(updated)) {
        context.add(
            LintRule.EXPIRED_TEMPORARY,
            r,
            "temporary allocation "
                + describe(r)
                + " expired on "
                + expiry.get()
                + ", before the registry's update of "
                + updated
                + "; renew it or return the port to Unassigned");
        return;
      }
    }
  }

  private static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code text} contains {@code word} (lower case ASCII) in any case. */
  static boolean containsIgnoringCase(String text, String word) {
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private static void checkStatusWord(
      Context context, ServiceRecord r, String description, RecordStatus status) {
    if (status != RecordStatus.UNASSIGNED && containsIgnoringCase(description, "unassigned")) {
      context.add(
          LintRule.STATUS_WORD,
          r,
          "the description of "
              + describe(r)
              + " says 'unassigned' but the record is "
              + status.name().toLowerCase(Locale.ROOT)
              + "; move the history into the notes or correct the status");
    }
  }

  private static void checkDates(Context context, ServiceRecord r) {
    checkDate(context, r, "registration", r.registered());
    checkDate(context, r, "modification", r.updated());
  }

  private static void checkDate(
      Context context, ServiceRecord r, String which, Optional<PartialDate> date) {
    if (date.isPresent() && date.get().precision() != PartialDate.Precision.DAY) {
      context.add(
          LintRule.PARTIAL_DATE,
          r,
          "the "
              + which
              + " date of "
              + describe(r)
              + " is only "
              + date.get()
              + "; give the full day when it is known");
    }
  }
}
