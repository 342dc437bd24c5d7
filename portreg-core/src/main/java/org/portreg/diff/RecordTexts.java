package org.portreg.diff;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.SourceSpelling;

/**
 * The exact source text of each record of a registry read from a file, from its {@link
 * SourceSpelling}. Two records read by the same format from the same text are equal, so comparing
 * texts (a fast, flat string comparison) spares the deep comparison of the unchanged records that
 * make up almost all of two consecutive versions. Stateless.
 */
final class RecordTexts {
  private RecordTexts() {}

  /**
   * The texts aligned with the registry's records, {@code null} where a record has none (edited
   * after reading); all {@code null} when the registry has no spelling of {@code format}.
   */
  static String[] of(Registry registry, String format) {
    List<ServiceRecord> records = registry.records();
    String[] texts = new String[records.size()];
    registry
        .spelling()
        .filter(s -> s.format().equals(format))
        .ifPresent(s -> fill(s, records, texts));
    return texts;
  }

  /** The spelling's format when both registries have one of the same format, else null. */
  static String commonFormat(Registry a, Registry b) {
    String format = a.spelling().map(SourceSpelling::format).orElse(null);
    return format != null && format.equals(b.spelling().map(SourceSpelling::format).orElse(null))
        ? format
        : null;
  }

  /** Walks the spelling in document order, where the records are in registry order. */
  private static void fill(SourceSpelling spelling, List<ServiceRecord> records, String[] texts) {
    List<Object> values = spelling.values();
    int k = 0;
    for (int p = 0; p < values.size() && k < records.size(); p++) {
      if (values.get(p) == records.get(k)) {
        texts[k++] = spelling.texts().get(p);
      }
    }
    if (k < records.size()) {
      fillByIdentity(spelling, records, texts);
    }
  }

  /** For a registry whose records were edited or reordered after reading. */
  private static void fillByIdentity(
      SourceSpelling spelling, List<ServiceRecord> records, String[] texts) {
    Map<Object, String> byIdentity = new IdentityHashMap<>();
    for (int p = 0; p < spelling.size(); p++) {
      byIdentity.put(spelling.values().get(p), spelling.texts().get(p));
    }
    for (int k = 0; k < records.size(); k++) {
      texts[k] = byIdentity.get(records.get(k));
    }
  }
}
