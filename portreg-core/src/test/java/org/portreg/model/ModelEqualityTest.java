package org.portreg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.portreg.io.Registries;
import org.portreg.testing.SharedData;

/**
 * The model's records spell out {@code equals} and {@code hashCode} (a generated one links method
 * handles on its first call); this holds them to what a record's own would be: equal exactly when
 * every component is equal, and equal hash codes then. Checked on every value of the newest real
 * registry (records, people, header, footnotes and everything inside them), on copies made through
 * each record's canonical constructor, and on copies that differ from a value in one component.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelEqualityTest {
  private final Map<Class<?>, List<Record>> byClass = new LinkedHashMap<>();

  @BeforeAll
  void harvest() {
    Registry registry = Registries.read(SharedData.newestXml());
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    collect(registry.header(), seen);
    registry.records().forEach(r -> collect(r, seen));
    registry.people().forEach(p -> collect(p, seen));
    registry.footnotes().forEach(f -> collect(f, seen));
  }

  private void collect(Object value, Map<Object, Boolean> seen) {
    if (value == null || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collect(v, seen));
    } else if (value instanceof List<?> l) {
      l.forEach(v -> collect(v, seen));
    } else if (value instanceof Record r
        && r.getClass().getPackageName().equals("org.portreg.model")) {
      byClass.computeIfAbsent(r.getClass(), k -> new ArrayList<>()).add(r);
      for (Object component : components(r)) {
        collect(component, seen);
      }
    }
  }

  @Test
  void everyModelRecordOfTheRegistryIsCovered() {
    assertThat(byClass.keySet())
        .contains(
            ServiceRecord.class,
            Person.class,
            RegistryHeader.class,
            PortRange.class,
            PartialDate.class,
            Xref.class,
            RichText.class,
            Note.class,
            Inline.Text.class,
            Inline.Reference.class);
    for (Class<?> type : byClass.keySet()) {
      assertThat(declaresEquality(type)).as("%s spells out equals and hashCode", type).isTrue();
    }
  }

  @Test
  void aCopyThroughTheCanonicalConstructorIsEqualWithTheSameHash() {
    for (List<Record> values : byClass.values()) {
      for (Record value : values) {
        Record copy = construct(value.getClass(), components(value));
        assertThat(copy).isEqualTo(value).hasSameHashCodeAs(value);
        assertThat(value.equals(copy)).isTrue();
      }
    }
  }

  @Test
  void neighboursAreEqualExactlyWhenEveryComponentIs() {
    for (List<Record> values : byClass.values()) {
      for (int k = 1; k < values.size(); k++) {
        Record a = values.get(k - 1);
        Record b = values.get(k);
        boolean same = Arrays.equals(components(a), components(b));
        assertThat(a.equals(b)).as("%s vs %s", a, b).isEqualTo(same);
        assertThat(b.equals(a)).isEqualTo(same);
        if (same) {
          assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
      }
      assertThat(values.get(0).equals(null)).isFalse();
      assertThat(values.get(0).equals("text")).isFalse();
    }
  }

  /** Each component counts: a copy with one component taken from another value is not equal. */
  @Test
  void aCopyDifferingInOneComponentIsNotEqual() {
    int checked = 0;
    for (List<Record> values : byClass.values()) {
      Record model = values.get(0);
      RecordComponent[] parts = model.getClass().getRecordComponents();
      for (int c = 0; c < parts.length; c++) {
        for (Record other : values) {
          Object[] mixed = components(model);
          Object taken = components(other)[c];
          if (Objects.equals(mixed[c], taken)) {
            continue;
          }
          mixed[c] = taken;
          Record copy = tryConstruct(model.getClass(), mixed);
          if (copy != null && !Arrays.equals(components(copy), components(model))) {
            assertThat(copy).as("%s with %s", model, parts[c].getName()).isNotEqualTo(model);
            checked++;
            break;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  private static boolean declaresEquality(Class<?> type) {
    try {
      return type.getDeclaredMethod("equals", Object.class) != null
          && type.getDeclaredMethod("hashCode") != null;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object[] components(Record value) {
    RecordComponent[] parts = value.getClass().getRecordComponents();
    Object[] values = new Object[parts.length];
    for (int k = 0; k < parts.length; k++) {
      try {
        values[k] = parts[k].getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return values;
  }

  private static Record construct(Class<?> type, Object[] values) {
    Record made = tryConstruct(type, values);
    assertThat(made).as("a copy of a %s", type).isNotNull();
    return made;
  }

  /** A new record of {@code type}, or null when its constructor refuses the values. */
  private static Record tryConstruct(Class<?> type, Object[] values) {
    Class<?>[] types =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return (Record) canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
