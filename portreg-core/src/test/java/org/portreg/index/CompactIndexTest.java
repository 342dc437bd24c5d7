package org.portreg.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.format.RecordColumns;
import org.portreg.format.json.JsonFormat;
import org.portreg.io.Registries;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.testing.SharedData;

/** The flattened index answers exactly as the {@link RegistryIndex} it was written from. */
class CompactIndexTest {
  private static RegistryIndex index;
  private static CompactIndex compact;

  @BeforeAll
  static void load() {
    index = RegistryIndex.of(Registries.read(SharedData.newestXml()));
    compact = new CompactIndex(ByteBuffer.wrap(CompactIndex.write(index)));
  }

  @Test
  void holdsEveryRecordWithItsColumnsStatusAndJson() {
    assertThat(compact.records()).isEqualTo(index.size());
    for (int i = 0; i < index.size(); i++) {
      assertThat(compact.columns(i)).containsExactlyElementsOf(RecordColumns.of(index.record(i)));
      String status = index.kindOf(i).name().toLowerCase(Locale.ROOT).replace('_', '-');
      assertThat(compact.statusWord(i)).isEqualTo(status);
      assertThat(compact.json(i)).isEqualTo(JsonFormat.recordJson(index.record(i)));
    }
  }

  @Test
  void answersEveryPortOnEveryTransportAsTheIndexDoes() {
    for (Transport t : Transport.values()) {
      for (int port = 0; port <= 65535; port++) {
        List<ServiceRecord> found = new ArrayList<>();
        for (int ordinal : compact.at(port, t.ordinal())) {
          found.add(index.record(ordinal));
        }
        assertThat(found).as(port + "/" + t).isEqualTo(index.lookup(port, t));
        assertThat(compact.status(port, t.ordinal())).isEqualTo(index.status(port, t).ordinal());
      }
    }
  }

  @Test
  void findsEveryNameCaseInsensitivelyAndResolvesHistoricOnes() {
    for (int i = 0; i < index.size(); i++) {
      String name = index.record(i).serviceName().orElse(null);
      if (name == null) {
        continue;
      }
      int first = compact.firstOfName(name.toUpperCase(Locale.ROOT));
      assertThat(compact.column(first, 0)).isEqualToIgnoringCase(name);
      int resolved = compact.resolved(first) == CompactIndex.NONE ? first : compact.resolved(first);
      List<ServiceRecord> records = new ArrayList<>();
      for (int r = resolved; r != CompactIndex.NONE; r = compact.nextSameName(r)) {
        records.add(index.record(r));
      }
      assertThat(records).as(name).isEqualTo(index.lookupByName(name).orElseThrow().records());
    }
    assertThat(compact.firstOfName("no-such-service")).isEqualTo(CompactIndex.NONE);
    int historic = compact.firstOfName("pra_elmd");
    assertThat(compact.column(compact.resolved(historic), 0)).isEqualTo("pra-elmd");
  }

  @Test
  void refusesABufferThatIsNotAnIndex() {
    byte[] bytes = CompactIndex.write(index);
    bytes[0] ^= 0x55;
    assertThatThrownBy(() -> new CompactIndex(ByteBuffer.wrap(bytes)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("not a portreg index");
    byte[] whole = CompactIndex.write(index);
    assertThatThrownBy(() -> new CompactIndex(ByteBuffer.wrap(whole, 0, whole.length - 4).slice()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("index layout does not add up");
  }
}
