package org.portreg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.portreg.format.RecordColumns;
import org.portreg.index.RegistryIndex;
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.PortSpace;
import org.portreg.rules.RecordRules;

/**
 * The registry's search over one registry version. Each record's twelve CSV fields are lower-cased
 * once, when the search is built, and kept joined in one string, so a query is a few intrinsic
 * string scans. Immutable and thread-safe.
 */
public final class RegistrySearch {
  /** Rows per page, as on the registry's result page. */
  public static final int PAGE_SIZE = 100;

  /** The order of a page's contacts: by ID case-insensitively, then exactly. */
  static final Comparator<Person> CONTACT_ORDER = new ContactOrder();

  private final Candidate[] candidates;
  private final String all;
  private final int[] starts;
  private final List<Candidate> portsWithoutRecord;
  private final Map<String, Person> people;

  private RegistrySearch(
      ServiceRecord[] records,
      RecordStatus[] kinds,
      Map<String, Person> people,
      List<Candidate> portsWithoutRecord) {
    this.people = people;
    this.portsWithoutRecord = portsWithoutRecord;
    candidates = new Candidate[records.length];
    starts = new int[records.length];
    StringBuilder joined = new StringBuilder(records.length * 160);
    for (int i = 0; i < records.length; i++) {
      candidates[i] = candidate(records[i], kinds[i]);
      starts[i] = joined.length();
      joined.append(candidates[i].haystack()).append(Candidate.SEPARATOR);
    }
    all = joined.toString();
  }

  /** Prepares the search of the index's registry (lower-cases every field once). */
  public static RegistrySearch of(RegistryIndex index) {
    Objects.requireNonNull(index, "index");
    ServiceRecord[] records = new ServiceRecord[index.size()];
    RecordStatus[] kinds = new RecordStatus[index.size()];
    for (int i = 0; i < records.length; i++) {
      records[i] = index.record(i);
      kinds[i] = index.kindOf(i);
    }
    Map<String, Person> people = new HashMap<>();
    for (Person p : index.registry().people()) {
      people.putIfAbsent(p.id(), p);
    }
    return new RegistrySearch(records, kinds, people, synthesizeUnassigned(index));
  }

  /**
   * The search of some records only, in their order, with the people they name; it cannot list
   * ports without a record (a query that {@link SearchQuery#wantsPortsWithoutRecord() wants them}
   * needs {@link #of}). Without an index: what {@link SearchSnapshot} runs over the records its
   * scan hit.
   */
  static RegistrySearch ofRecords(List<ServiceRecord> records, List<Person> people) {
    ServiceRecord[] array = records.toArray(new ServiceRecord[0]);
    RecordStatus[] kinds = new RecordStatus[array.length];
    for (int i = 0; i < array.length; i++) {
      kinds[i] = RecordRules.statusOf(array[i]);
    }
    Map<String, Person> byId = new HashMap<>();
    for (Person p : people) {
      byId.putIfAbsent(p.id(), p);
    }
    return new RegistrySearch(array, kinds, byId, List.of());
  }

  private static Candidate candidate(ServiceRecord record, RecordStatus kind) {
    return new Candidate(record, kind, haystack(RecordColumns.of(record)));
  }

  /** What text terms are matched against: a record's twelve fields, lower-cased and joined. */
  static String haystack(List<String> columns) {
    return String.join(String.valueOf(Candidate.SEPARATOR), columns).toLowerCase(Locale.ROOT);
  }

  /** Maximal runs of ports below the Dynamic range that no record covers, per transport. */
  private static List<Candidate> synthesizeUnassigned(RegistryIndex index) {
    List<Candidate> rows = new ArrayList<>();
    int end = PortSpace.USER.range().last();
    for (Transport t : Transport.values()) {
      int port = 0;
      while (port <= end) {
        if (index.hasRecord(port, t)) {
          port++;
          continue;
        }
        int first = port;
        while (port <= end && !index.hasRecord(port, t)) {
          port++;
        }
        PortRange range = first == port - 1 ? PortRange.of(first) : PortRange.of(first, port - 1);
        ServiceRecord r =
            ServiceRecord.builder().number(range).protocol(t).description("Unassigned").build();
        rows.add(candidate(r, RecordStatus.UNASSIGNED));
      }
    }
    rows.sort(Comparator.comparing((Candidate c) -> c.record().number().orElseThrow()));
    return List.copyOf(rows);
  }

  /**
   * Runs {@code query} and returns page {@code page} (from 1); a page past the end is empty.
   *
   * @throws IllegalArgumentException when {@code page} is below 1
   */
  public SearchPage search(SearchQuery query, int page) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be at least 1, was " + page);
    }
    List<SearchRow> matches = matches(query);
    int from = Math.min(matches.size(), (page - 1) * PAGE_SIZE);
    List<SearchRow> rows = matches.subList(from, Math.min(matches.size(), from + PAGE_SIZE));
    return page(query, page, PAGE_SIZE, matches.size(), rows);
  }

  /**
   * Runs {@code query} and returns every matching row on one page, with the contacts they all
   * reference: what scripts want instead of paging.
   */
  public SearchPage all(SearchQuery query) {
    List<SearchRow> matches = matches(query);
    return page(query, 1, Math.max(1, matches.size()), matches.size(), matches);
  }

  private SearchPage page(
      SearchQuery query, int page, int pageSize, int total, List<SearchRow> rows) {
    List<Person> contacts = contactsOf(rows);
    boolean org = contacts.stream().anyMatch(p -> p.org().filter(o -> !o.isBlank()).isPresent());
    return new SearchPage(query.text(), page, pageSize, total, rows, contacts, org);
  }

  /**
   * Every row matching {@code query}, in registry order; with {@code status:unassigned}, the
   * synthesized rows for ports without a record follow, ordered by port.
   */
  public List<SearchRow> matches(SearchQuery query) {
    List<SearchRow> found = new ArrayList<>();
    Optional<TextTerm> lead = leadTerm(query);
    if (lead.isPresent()) {
      scan(lead.get(), query.terms(), found);
    } else {
      for (Candidate c : candidates) {
        addIfMatches(c, query.terms(), found, false);
      }
    }
    if (query.wantsPortsWithoutRecord()) {
      portsWithoutRecord.forEach(c -> addIfMatches(c, query.terms(), found, true));
    }
    return found;
  }

  /** The longest text term is likely the rarest: it alone is scanned over the whole registry. */
  static Optional<TextTerm> leadTerm(SearchQuery query) {
    // A loop, not a stream: the command line's cold search would link a stream pipeline for it.
    TextTerm lead = null;
    for (Term t : query.terms()) {
      if (t.isText()
          && (lead == null || ((TextTerm) t).needle().length() > lead.needle().length())) {
        lead = (TextTerm) t;
      }
    }
    return Optional.ofNullable(lead);
  }

  /**
   * Scans the joined haystack for the lead term; each hit names its record (found by walking the
   * record starts forward, at most once over all records per scan), which is then checked against
   * the other terms only. After a hit the scan resumes at the next record.
   */
  private void scan(TextTerm lead, List<Term> terms, List<SearchRow> found) {
    List<Term> others = terms.stream().filter(t -> t != lead).toList();
    int record = 0;
    int at = lead.indexIn(all, 0, all.length());
    while (at >= 0) {
      while (record + 1 < starts.length && starts[record + 1] <= at) {
        record++;
      }
      addIfMatches(candidates[record], others, found, false);
      int next = record + 1 < starts.length ? starts[record + 1] : all.length();
      at = lead.indexIn(all, next, all.length());
    }
  }

  private static void addIfMatches(
      Candidate c, List<Term> terms, List<SearchRow> found, boolean synthesized) {
    for (Term t : terms) {
      if (!t.matches(c)) {
        return;
      }
    }
    found.add(new SearchRow(c.record(), c.kind(), synthesized));
  }

  /** The people the rows reference, each once, sorted by ID (case-insensitive, then exact). */
  private List<Person> contactsOf(List<SearchRow> rows) {
    Set<String> ids = new LinkedHashSet<>();
    rows.forEach(r -> ids.addAll(r.record().personIds()));
    return ids.stream().map(people::get).filter(Objects::nonNull).sorted(CONTACT_ORDER).toList();
  }

  /**
   * By ID case-insensitively, then exactly; a class rather than {@code Comparator.comparing}, whose
   * lambdas the command line's cold search would link.
   */
  private static final class ContactOrder implements Comparator<Person> {
    @Override
    public int compare(Person a, Person b) {
      int folded = a.id().toLowerCase(Locale.ROOT).compareTo(b.id().toLowerCase(Locale.ROOT));
      return folded != 0 ? folded : a.id().compareTo(b.id());
    }
  }
}
