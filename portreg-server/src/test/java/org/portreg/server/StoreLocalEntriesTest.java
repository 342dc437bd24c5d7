package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.server.spi.LocalEntries.Overlay;

/**
 * The store's local entries are read at most once per poll interval, are at hand without a read
 * only within it, and get a new generation exactly when they change.
 */
class StoreLocalEntriesTest {
  private static final LocalAssignment BILLING =
      LocalAssignment.of(
          "billing-api", Optional.of(PortRange.of(8080)), Set.of(Transport.TCP), "p");
  private static final LocalAssignment LEDGER =
      LocalAssignment.of("ledger", Optional.of(PortRange.of(7400)), Set.of(Transport.TCP), "f");

  private final AtomicLong millis = new AtomicLong(1_000_000);
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicReference<List<LocalAssignment>> stored = new AtomicReference<>(List.of());
  private final StoreLocalEntries entries =
      new StoreLocalEntries(
          () -> {
            reads.incrementAndGet();
            return stored.get();
          },
          Duration.ofSeconds(2),
          new TickingClock(millis));

  @Test
  void readsAtMostOncePerIntervalAndIsAtHandOnlyWithinIt() {
    assertThat(entries.currentIfAtHand()).isEmpty();
    assertThat(entries.current()).isEqualTo(Overlay.EMPTY);
    assertThat(entries.currentIfAtHand()).contains(Overlay.EMPTY);
    entries.current();
    assertThat(reads).hasValue(1);

    millis.addAndGet(2_000);
    assertThat(entries.currentIfAtHand()).isEmpty();
    entries.current();
    assertThat(reads).hasValue(2);
  }

  @Test
  void aNewSetOfEntriesGetsANewGenerationAndTheSameSetKeepsIt() {
    stored.set(List.of(BILLING));
    Overlay first = entries.current();
    assertThat(first.generation()).isPositive();
    assertThat(first.entries()).containsExactly(BILLING);

    millis.addAndGet(5_000);
    assertThat(entries.current()).isSameAs(first);

    stored.set(List.of(BILLING, LEDGER));
    millis.addAndGet(5_000);
    Overlay second = entries.current();
    assertThat(second.generation()).isGreaterThan(first.generation());

    stored.set(List.of());
    millis.addAndGet(5_000);
    assertThat(entries.current()).isEqualTo(Overlay.EMPTY);
  }

  @Test
  void refreshMakesTheNextRequestReadTheStore() {
    entries.current();
    stored.set(List.of(BILLING));
    assertThat(entries.current().isEmpty()).isTrue();
    entries.refresh();
    assertThat(entries.currentIfAtHand()).isEmpty();
    assertThat(entries.current().entries()).containsExactly(BILLING);
  }

  /** A clock the test moves. */
  private static final class TickingClock extends Clock {
    private final AtomicLong millis;

    TickingClock(AtomicLong millis) {
      this.millis = millis;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public long millis() {
      return millis.get();
    }
  }
}
