package org.portreg.search;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.format.ReadOptions;
import org.portreg.format.RecordColumns;
import org.portreg.format.csv.CsvFormat;
import org.portreg.index.CompactIndex;
import org.portreg.index.RegistryIndex;
import org.portreg.model.PartialDate;
import org.portreg.model.Person;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;

/**
 * What a cold {@code portreg search} needs beside the {@link CompactIndex} of a version, flattened
 * into bytes: the records' joined, lower-cased fields exactly as {@link RegistrySearch} builds
 * them, where each record starts, and the people table. A query with a text term is answered by
 * scanning the joined text for its longest term (as {@link RegistrySearch} does), then running the
 * registry's own search over just the records it hits, rebuilt from their twelve columns: the
 * answer is the full search's, without building the full registry's model. Immutable.
 */
public final class SearchSnapshot {
  private static final int MAGIC = 0x50525331; // "PRS1"

  private final ByteBuffer text;
  private final int[] starts;
  private final SnapshotPeople people;

  /**
   * Reads the layout {@link #write} wrote.
   *
   * @throws IllegalStateException or {@link IndexOutOfBoundsException} when it is corrupt
   */
  public SearchSnapshot(ByteBuffer buf) {
    if (buf.getInt(0) != MAGIC) {
      throw new IllegalStateException("not a portreg search snapshot");
    }
    int records = buf.getInt(4);
    starts = new int[records];
    int at = 8;
    for (int i = 0; i < records; i++, at += 4) {
      starts[i] = buf.getInt(at);
    }
    int length = buf.getInt(at);
    text = buf.slice(at + 4, length);
    people = new SnapshotPeople(buf.slice(at + 4 + length, buf.limit() - at - 4 - length));
  }

  /** The bytes of the search snapshot of {@code index}'s registry. */
  public static byte[] write(RegistryIndex index) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream(index.size() * 160);
    int[] starts = new int[index.size()];
    for (int i = 0; i < index.size(); i++) {
      starts[i] = joined.size();
      String haystack = RegistrySearch.haystack(RecordColumns.of(index.record(i)));
      joined.writeBytes((haystack + Candidate.SEPARATOR).getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(joined.size() + 65536);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(starts.length);
      for (int start : starts) {
        out.writeInt(start);
      }
      out.writeInt(joined.size());
      joined.writeTo(out);
      List<Person> table = index.registry().people();
      out.writeInt(table.size());
      for (Person p : table) {
        person(out, p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void person(DataOutputStream out, Person p) throws IOException {
    string(out, p.id());
    string(out, p.name().orElse(null));
    string(out, p.org().orElse(null));
    string(out, p.updated().map(PartialDate::toString).orElse(null));
    out.writeInt(p.uris().size());
    for (String uri : p.uris()) {
      string(out, uri);
    }
  }

  private static void string(DataOutputStream out, String text) throws IOException {
    if (text == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  /**
   * A page of a search of text terms only, as ordinals of the version's {@link CompactIndex}, whose
   * columns and status words are the rows, with the page's contacts: what {@link RegistrySearch}
   * answers, without building a model of any record.
   */
  public record TextPage(
      String query,
      int page,
      int pageSize,
      int total,
      List<Integer> ordinals,
      List<Person> contacts,
      boolean showOrganization) {
    /** Copies the lists. */
    public TextPage {
      ordinals = List.copyOf(ordinals);
      contacts = List.copyOf(contacts);
    }

    /** How many pages the whole result has (at least 1), as {@link SearchPage#pageCount}. */
    public int pageCount() {
      return Math.max(1, (total + pageSize - 1) / pageSize);
    }
  }

  /**
   * Page {@code page} of a query made of text terms only (every row when {@code all}), matched on
   * the snapshot's text alone; empty for any other query (see {@link #search}).
   *
   * @throws IllegalArgumentException when {@code page} is below 1 (and not {@code all})
   */
  public Optional<TextPage> searchText(
      SearchQuery query, CompactIndex index, int page, boolean all) {
    if (page < 1 && !all) {
      throw new IllegalArgumentException("page must be at least 1, was " + page);
    }
    Optional<TextTerm> lead = RegistrySearch.leadTerm(query);
    for (Term t : query.terms()) {
      if (!t.isText() || ((TextTerm) t).needle().isEmpty()) {
        return Optional.empty();
      }
    }
    if (lead.isEmpty() || query.wantsPortsWithoutRecord() || index.records() != starts.length) {
      return Optional.empty();
    }
    List<Integer> matches = new ArrayList<>();
    for (int ordinal : hits(lead.get().needle().getBytes(StandardCharsets.UTF_8))) {
      if (matchesAll(query.terms(), haystackOf(ordinal))) {
        matches.add(ordinal);
      }
    }
    int size = all ? Math.max(1, matches.size()) : RegistrySearch.PAGE_SIZE;
    int from = all ? 0 : Math.min(matches.size(), (page - 1) * size);
    List<Integer> rows = matches.subList(from, Math.min(matches.size(), from + size));
    List<Person> contacts = contactsOf(rows, index);
    return Optional.of(
        new TextPage(
            query.text(), all ? 1 : page, size, matches.size(), rows, contacts, hasOrg(contacts)));
  }

  private static boolean matchesAll(List<Term> terms, String haystack) {
    Candidate row = new Candidate(null, null, haystack);
    for (Term t : terms) {
      if (!t.matches(row)) {
        return false;
      }
    }
    return true;
  }

  /** A record's part of the text, without its separator. */
  private String haystackOf(int ordinal) {
    int start = starts[ordinal];
    int end = ordinal + 1 < starts.length ? starts[ordinal + 1] : text.limit();
    byte[] bytes = new byte[end - start - 1];
    text.get(start, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * The people the rows name as Assignee or Contact, each once (the first of its ID in the table),
   * sorted as {@link RegistrySearch} sorts them.
   */
  private List<Person> contactsOf(List<Integer> ordinals, CompactIndex index) {
    Set<String> ids = new HashSet<>();
    for (int ordinal : ordinals) {
      for (int column : new int[] {RecordColumns.ASSIGNEE, RecordColumns.CONTACT}) {
        ids.addAll(RecordColumns.unbracketed(index.column(ordinal, column)).orElse(List.of()));
      }
    }
    Set<String> seen = new HashSet<>();
    List<Person> contacts = new ArrayList<>();
    for (Person p : people.named(ids)) {
      if (seen.add(p.id())) {
        contacts.add(p);
      }
    }
    contacts.sort(RegistrySearch.CONTACT_ORDER);
    return contacts;
  }

  private static boolean hasOrg(List<Person> contacts) {
    for (Person p : contacts) {
      if (p.org().isPresent() && !p.org().get().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Page {@code page} of {@code query}'s answer (every row when {@code all}), or empty when this
   * snapshot cannot answer it alone: a query without a text term, or one that asks for ports
   * without a record (those need the whole port table's model).
   *
   * @param index the compact index of the same version
   * @throws IllegalArgumentException when {@code page} is below 1
   */
  public Optional<SearchPage> search(SearchQuery query, CompactIndex index, int page, boolean all) {
    Optional<TextTerm> lead = RegistrySearch.leadTerm(query);
    if (lead.isEmpty()
        || lead.get().needle().isEmpty()
        || query.wantsPortsWithoutRecord()
        || index.records() != starts.length) {
      return Optional.empty();
    }
    List<Integer> hits = hits(lead.get().needle().getBytes(StandardCharsets.UTF_8));
    Registry some = registryOf(hits, index);
    RegistrySearch search = RegistrySearch.ofRecords(some.records(), some.people());
    return Optional.of(all ? search.all(query) : search.search(query, page));
  }

  /**
   * The records whose lower-cased fields hold {@code needle} (the lead term's UTF-8 bytes) as a
   * byte string: a superset of the records the term matches (a quoted term also wants word bounds),
   * found without decoding the text. UTF-8 keeps a character match a byte match and a byte match of
   * whole characters a character match; the registry's search then decides.
   */
  private List<Integer> hits(byte[] needle) {
    byte[] bytes = new byte[text.limit()];
    text.get(0, bytes);
    List<Integer> hits = new ArrayList<>();
    int record = 0;
    int last = bytes.length - needle.length;
    for (int i = 0; i <= last; i++) {
      if (bytes[i] != needle[0] || !matchesAt(bytes, i, needle)) {
        continue;
      }
      while (record + 1 < starts.length && starts[record + 1] <= i) {
        record++;
      }
      hits.add(record);
      i = record + 1 < starts.length ? starts[record + 1] - 1 : bytes.length;
    }
    return hits;
  }

  private static boolean matchesAt(byte[] bytes, int at, byte[] needle) {
    for (int j = 1; j < needle.length; j++) {
      if (bytes[at + j] != needle[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The records at {@code ordinals} of {@code index} (the same version's), read back from their
   * columns, with the people they name: a registry of a few records, in their order, for the
   * registry's own code to answer over (the search here, {@code check} on the command line's cold
   * path).
   */
  public Registry registryOf(List<Integer> ordinals, CompactIndex index) {
    StringBuilder csv = new StringBuilder(256 * (ordinals.size() + 1));
    row(csv, RecordColumns.HEADERS.toArray(new String[0]));
    for (int ordinal : ordinals) {
      row(csv, index.columns(ordinal));
    }
    Registry registry =
        CsvFormat.readText(csv.toString(), "snapshot", ReadOptions.STRICT).registry();
    Set<String> named = new HashSet<>();
    for (ServiceRecord r : registry.records()) {
      named.addAll(r.personIds());
      named.addAll(r.assigneeIds());
    }
    return registry.withPeople(people.named(named));
  }

  private static void row(StringBuilder csv, String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      csv.append(i == 0 ? "\"" : ",\"").append(cells[i].replace("\"", "\"\"")).append('"');
    }
    csv.append("\r\n");
  }
}
