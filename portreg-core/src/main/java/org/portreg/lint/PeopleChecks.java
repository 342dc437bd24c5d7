package org.portreg.lint;

import static org.portreg.lint.RegistryLint.describe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.portreg.lint.RegistryLint.Context;
import org.portreg.model.Person;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/** The rules about people and references: undefined, unused, inconsistently written. */
final class PeopleChecks {
  private PeopleChecks() {}

  static void check(Context context) {
    Set<String> defined = new HashSet<>();
    Map<String, String> byKey = new HashMap<>();
    for (Person p : context.registry.people()) {
      defined.add(p.id());
      byKey.putIfAbsent(p.id().toLowerCase(Locale.ROOT), p.id());
    }
    Set<String> referenced = new HashSet<>();
    for (Xref x : context.registry.header().references()) {
      referenced.add(x.target());
    }
    for (ServiceRecord r : context.registry.records()) {
      for (String id : r.personIds()) {
        referenced.add(id);
        checkPerson(context, r, id, defined, byKey);
      }
      checkReferences(context, r);
    }
    for (Person p : context.registry.people()) {
      if (!referenced.contains(p.id())) {
        context.add(
            LintRule.PERSON_UNUSED,
            p,
            "person '" + p.id() + "' is defined but no record references it; remove the entry");
      }
    }
  }

  private static void checkPerson(
      Context context, ServiceRecord r, String id, Set<String> defined, Map<String, String> byKey) {
    if (defined.contains(id)) {
      return;
    }
    String other = byKey.get(id.toLowerCase(Locale.ROOT));
    if (other != null) {
      context.add(
          LintRule.REFERENCE_SPELLING,
          r,
          describe(r)
              + " references person '"
              + id
              + "', which the people table spells '"
              + other
              + "'; write ["
              + other
              + "]");
    } else {
      context.add(
          LintRule.PERSON_UNDEFINED,
          r,
          describe(r)
              + " references person '"
              + id
              + "', who is not in the people table; add the person or correct the reference");
    }
  }

  private static void checkReferences(Context context, ServiceRecord r) {
    List<Xref> xrefs = new ArrayList<>(r.references());
    xrefs.addAll(r.description().references());
    for (Xref x : xrefs) {
      String problem = referenceProblem(x);
      if (problem != null) {
        context.add(LintRule.REFERENCE_SPELLING, r, describe(r) + " " + problem);
      }
    }
  }

  /** What is inconsistent about how {@code x} is written, or null. */
  private static String referenceProblem(Xref x) {
    String target = x.target();
    if (x.type() == XrefType.RFC && !isRfcId(target)) {
      return "references RFC '" + target + "'; write it as rfcNNNN, shown [RFCNNNN] in the CSV";
    }
    if (x.type() != XrefType.TEXT) {
      return null;
    }
    String upper = target.strip().toUpperCase(Locale.ROOT);
    if (upper.startsWith("RFC") || upper.startsWith("DRAFT-") || upper.startsWith("HTTP")) {
      return "has the free-text reference '"
          + target
          + "', which the CSV would read back as an RFC, draft or URI; use an xref of that type";
    }
    if (upper.equals("N/A") || target.isBlank()) {
      return "has the empty free-text reference '"
          + target
          + "', shown as ["
          + target
          + "] in the CSV; remove it";
    }
    return null;
  }

  private static boolean isRfcId(String target) {
    if (target.length() < 4 || !target.startsWith("rfc")) {
      return false;
    }
    for (int i = 3; i < target.length(); i++) {
      if (target.charAt(i) < '0' || target.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
