package org.portreg.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.testing.SharedData;

class DiffScopeTest {
  @Test
  void keepsTheChangesOfTheRecordsItConcernsOnly() {
    Registry older = Registries.read(SharedData.history("2026-03-18"));
    Registry newer = Registries.read(SharedData.history("2026-03-27"));
    Diff whole = RegistryDiff.compare(older, newer);
    Diff roughtime = DiffScope.restrict(whole, r -> r.name().equals(Optional.of("roughtime")));
    assertThat(roughtime.records()).isNotEmpty().hasSizeLessThan(whole.records().size());
    assertThat(roughtime.records()).allMatch(c -> c instanceof RecordChange.Split);
    assertThat(roughtime.header()).isEmpty();
    assertThat(roughtime.people()).isEmpty();
    assertThat(roughtime.newerRecordCount()).isEqualTo(whole.newerRecordCount());
    Diff udpstp = DiffScope.restrict(whole, r -> r.name().equals(Optional.of("udpstp")));
    assertThat(udpstp.records()).allMatch(c -> c instanceof RecordChange.Changed);
    Diff added = DiffScope.restrict(whole, r -> r.name().equals(Optional.of("s2connect")));
    assertThat(added.records()).hasSize(1).allMatch(c -> c instanceof RecordChange.Added);
    assertThat(DiffScope.restrict(whole, r -> false).records()).isEmpty();
  }
}
