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

  private final String all;
  private final int[] starts;
  private final ByteBuffer people;

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
    byte[] text = new byte[length];
    buf.get(at + 4, text);
    all = new String(text, StandardCharsets.UTF_8);
    people = buf.slice(at + 4 + length, buf.limit() - at - 4 - length);
  }

  /** The bytes of the search snapshot of {@code index}'s registry. */
  public static byte[] write(RegistryIndex index) {
    StringBuilder joined = new StringBuilder(index.size() * 160);
    int[] starts = new int[index.size()];
    for (int i = 0; i < index.size(); i++) {
      starts[i] = joined.length();
      joined.append(RegistrySearch.haystack(RecordColumns.of(index.record(i))));
      joined.append(Candidate.SEPARATOR);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(joined.length() + 65536);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(starts.length);
      for (int start : starts) {
        out.writeInt(start);
      }
      string(out, joined.toString());
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
   * Page {@code page} of {@code query}'s answer (every row when {@code all}), or empty when this
   * snapshot cannot answer it alone: a query without a text term, or one that asks for ports
   * without a record (those need the whole port table's model).
   *
   * @param index the compact index of the same version
   * @throws IllegalArgumentException when {@code page} is below 1
   */
  public Optional<SearchPage> search(SearchQuery query, CompactIndex index, int page, boolean all) {
    Optional<TextTerm> lead = RegistrySearch.leadTerm(query);
    if (lead.isEmpty() || query.wantsPortsWithoutRecord() || index.records() != starts.length) {
      return Optional.empty();
    }
    List<Integer> hits = RegistrySearch.hits(lead.get(), this.all, starts);
    Registry some = registryOf(hits, index);
    RegistrySearch search = RegistrySearch.of(RegistryIndex.of(some));
    return Optional.of(all ? search.all(query) : search.search(query, page));
  }

  /** The records at {@code ordinals}, read back from their columns, and the people they name. */
  private Registry registryOf(List<Integer> ordinals, CompactIndex index) {
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
    return registry.withPeople(peopleNamed(named));
  }

  private static void row(StringBuilder csv, String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      csv.append(i == 0 ? "\"" : ",\"").append(cells[i].replace("\"", "\"\"")).append('"');
    }
    csv.append("\r\n");
  }

  /** The people of the table whose IDs are in {@code ids}, in table order. */
  private List<Person> peopleNamed(Set<String> ids) {
    ByteBuffer buf = people.duplicate();
    int count = buf.getInt();
    List<Person> found = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = string(buf);
      String name = string(buf);
      String org = string(buf);
      String updated = string(buf);
      int uriCount = buf.getInt();
      List<String> uris = new ArrayList<>(uriCount);
      for (int u = 0; u < uriCount; u++) {
        uris.add(string(buf));
      }
      if (ids.contains(id)) {
        found.add(
            new Person(
                id,
                Optional.ofNullable(name),
                Optional.ofNullable(org),
                uris,
                Optional.ofNullable(updated).map(PartialDate::parse)));
      }
    }
    return found;
  }

  private static String string(ByteBuffer buf) {
    int length = buf.getInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    buf.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
