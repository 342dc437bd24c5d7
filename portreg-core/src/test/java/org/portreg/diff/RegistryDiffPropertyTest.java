package org.portreg.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.portreg.io.Registries;
import org.portreg.model.PartialDate;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.testing.SharedData;

/**
 * Random edits (change a field, insert, delete, rename, move) applied to the real newest registry
 * come back from the diff exactly. Edits target records the registry identifies without ambiguity
 * (no other record shares their matching keys); ambiguous ones are covered by RegistryDiffTest.
 */
class RegistryDiffPropertyTest {
  private static Registry base;
  private static Candidates candidates;

  /** One random edit: what to do, which candidate, and a value to vary it. */
  record Spec(int kind, int pick, int value) {}

  /** A record's place during editing: its index in the base registry (-1 when inserted). */
  record Slot(int original, ServiceRecord record, RecordChange.Kind kind, FieldChange field) {}

  @Property(tries = 60)
  void diffGivesExactlyTheEditsApplied(@ForAll("specs") List<Spec> specs) {
    Registry older = base();
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < older.records().size(); i++) {
      slots.add(new Slot(i, older.records().get(i), null, null));
    }
    List<RecordChange> expected = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (int n = 0; n < specs.size(); n++) {
      apply(specs.get(n), n, slots, used, expected);
    }
    Registry newer = older.withRecords(slots.stream().map(Slot::record).toList());
    expected.addAll(expectedFromSlots(older, slots));
    Diff diff = RegistryDiff.compare(older, newer);
    assertThat(diff.records()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(diff.recordsAdded() - diff.recordsRemoved())
        .isEqualTo(newer.records().size() - older.records().size());
  }

  @Provide
  Arbitrary<List<Spec>> specs() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.integers().between(0, 999))
        .as(Spec::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  private static void apply(
      Spec spec, int n, List<Slot> slots, Set<Integer> used, List<RecordChange> expected) {
    Candidates c = candidates();
    switch (spec.kind()) {
      case 0 -> editField(slots, pick(c.any, spec, used), spec.value());
      case 1 -> insert(slots, spec, n);
      case 2 -> delete(slots, pick(c.any, spec, used), expected);
      case 3 -> rename(slots, pick(c.renamable, spec, used), n);
      default -> move(slots, pick(c.movable, spec, used), n);
    }
  }

  /** The chosen original index, or -1 when it was already edited. */
  private static int pick(List<Integer> pool, Spec spec, Set<Integer> used) {
    int original = pool.get(spec.pick() % pool.size());
    return used.add(original) ? original : -1;
  }

  private static int slotOf(List<Slot> slots, int original) {
    for (int k = 0; k < slots.size(); k++) {
      if (slots.get(k).original() == original) {
        return k;
      }
    }
    throw new AssertionError("no slot for " + original);
  }

  private static void editField(List<Slot> slots, int original, int value) {
    if (original < 0) {
      return;
    }
    int k = slotOf(slots, original);
    ServiceRecord r = slots.get(k).record();
    ServiceRecord.Builder b = r.toBuilder();
    FieldChange change;
    switch (value % 4) {
      case 0 -> {
        b.description("edited description " + value);
        change = change(RecordField.DESCRIPTION, r, "edited description " + value);
      }
      case 1 -> {
        b.notes(RichText.of("edited note " + value));
        change = change(RecordField.NOTES, r, "edited note " + value);
      }
      case 2 -> {
        PartialDate date = new PartialDate(2030, 1, value % 28 + 1);
        b.updated(date);
        change = change(RecordField.UPDATED, r, date.toString());
      }
      default -> {
        List<Xref> refs = new ArrayList<>(r.references());
        refs.add(Xref.of(XrefType.RFC, "rfc99" + value));
        b.references(refs);
        String shown = RecordField.REFERENCES.show(r).orElse("") + "[RFC99" + value + "]";
        change = change(RecordField.REFERENCES, r, shown);
      }
    }
    slots.set(k, new Slot(original, b.build(), RecordChange.Kind.MODIFIED, change));
  }

  private static FieldChange change(RecordField field, ServiceRecord before, String after) {
    return new FieldChange(field.key(), field.show(before), Optional.of(after));
  }

  private static void insert(List<Slot> slots, Spec spec, int n) {
    ServiceRecord fresh =
        ServiceRecord.builder()
            .name("zz-prop-" + n)
            .number(PortRange.of(50000 + n))
            .protocol(Transport.TCP)
            .description("inserted " + spec.value())
            .addAssignee(Xref.person("Prop_Tester"))
            .build();
    slots.add(spec.pick() % (slots.size() + 1), new Slot(-1, fresh, null, null));
  }

  private static void delete(List<Slot> slots, int original, List<RecordChange> expected) {
    if (original >= 0) {
      Slot removed = slots.remove(slotOf(slots, original));
      expected.add(new RecordChange.Removed(removed.record(), original));
    }
  }

  private static void rename(List<Slot> slots, int original, int n) {
    if (original < 0) {
      return;
    }
    int k = slotOf(slots, original);
    ServiceRecord r = slots.get(k).record();
    FieldChange change = new FieldChange("name", r.name(), Optional.of("zz-ren-" + n));
    ServiceRecord renamed = r.toBuilder().name("zz-ren-" + n).build();
    slots.set(k, new Slot(original, renamed, RecordChange.Kind.RENAMED, change));
  }

  private static void move(List<Slot> slots, int original, int n) {
    if (original < 0) {
      return;
    }
    int k = slotOf(slots, original);
    ServiceRecord r = slots.get(k).record();
    String port = Integer.toString(60000 + n);
    FieldChange change = new FieldChange("port", RecordField.PORT.show(r), Optional.of(port));
    ServiceRecord moved = r.toBuilder().number(PortRange.of(60000 + n)).build();
    slots.set(k, new Slot(original, moved, RecordChange.Kind.MOVED, change));
  }

  private static List<RecordChange> expectedFromSlots(Registry older, List<Slot> slots) {
    List<RecordChange> expected = new ArrayList<>();
    for (int j = 0; j < slots.size(); j++) {
      Slot s = slots.get(j);
      if (s.original() < 0) {
        expected.add(new RecordChange.Added(s.record(), j));
      } else if (s.kind() != null) {
        ServiceRecord before = older.records().get(s.original());
        expected.add(
            new RecordChange.Changed(
                s.kind(), before, s.record(), s.original(), j, List.of(s.field())));
      }
    }
    return expected;
  }

  private static synchronized Registry base() {
    if (base == null) {
      base = Registries.read(SharedData.newestXml());
    }
    return base;
  }

  private static synchronized Candidates candidates() {
    if (candidates == null) {
      candidates = new Candidates(base().records());
    }
    return candidates;
  }

  /** The records each kind of edit may target: those whose matching keys are unique. */
  static final class Candidates {
    final List<Integer> any = new ArrayList<>();
    final List<Integer> renamable = new ArrayList<>();
    final List<Integer> movable = new ArrayList<>();

    Candidates(List<ServiceRecord> records) {
      Map<Object, Long> byName = count(records, Candidates::nameKey);
      Map<Object, Long> byAssignee = count(records, Candidates::assigneeKey);
      Map<Object, Long> byMove = count(records, Candidates::moveKey);
      for (int i = 0; i < records.size(); i++) {
        ServiceRecord r = records.get(i);
        if (byName.get(nameKey(r)) == 1) {
          any.add(i);
          if (r.serviceName().isPresent()
              && r.number().isPresent()
              && !r.assigneeIds().isEmpty()
              && byAssignee.get(assigneeKey(r)) == 1) {
            renamable.add(i);
          }
          if (r.serviceName().isPresent() && byMove.get(moveKey(r)) == 1) {
            movable.add(i);
          }
        }
      }
    }

    static Map<Object, Long> count(
        List<ServiceRecord> records, Function<ServiceRecord, Object> key) {
      return records.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    static Object nameKey(ServiceRecord r) {
      return List.of(
          folded(r),
          r.protocol().map(Object::toString).orElse(""),
          r.number().map(n -> n.first() + "-" + n.last()).orElse(""));
    }

    static Object assigneeKey(ServiceRecord r) {
      return List.of(
          r.protocol().map(Object::toString).orElse(""),
          r.number().map(n -> n.first() + "-" + n.last()).orElse(""),
          r.assigneeIds());
    }

    static Object moveKey(ServiceRecord r) {
      return List.of(folded(r), r.protocol().map(Object::toString).orElse(""));
    }

    static String folded(ServiceRecord r) {
      return r.serviceName().map(n -> n.toLowerCase(Locale.ROOT)).orElse("");
    }
  }
}
