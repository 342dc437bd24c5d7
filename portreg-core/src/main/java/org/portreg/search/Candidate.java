package org.portreg.search;

import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;

/**
 * A row a term is tested against: the record, its status and its twelve CSV fields, lower-cased
 * under {@code Locale.ROOT} and joined by {@link #SEPARATOR} (which is neither a letter nor a
 * digit, so it bounds words and no match spans two fields).
 */
record Candidate(ServiceRecord record, RecordStatus kind, String haystack) {
  static final char SEPARATOR = '\u0000';
}
