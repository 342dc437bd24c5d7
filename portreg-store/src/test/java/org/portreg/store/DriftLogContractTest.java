package org.portreg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portreg.io.Registries;
import org.portreg.local.Acknowledgement;
import org.portreg.local.Finding;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.store.DriftLog.Stated;
import org.portreg.store.DriftLog.Status;
import org.portreg.testing.SharedData;

/**
 * Drift across real versions, run on SQLite and on the real PostgreSQL: on 2025-09-26 IANA assigned
 * 24601/udp to udpstp (and reserved 24601/tcp); 2025-09-29 changed other ports. Importing both at
 * once must still tie the drift to 2025-09-26.
 */
abstract class DriftLogContractTest {
  private static final String UDPSTP = "iana:udpstp:24601/udp";

  String url;
  Store store;

  abstract String createDatabase();

  abstract void dropDatabase(String url);

  /** A clock one minute later at each reading: every import, change and acknowledgement apart. */
  private static final class Ticking extends Clock {
    private final AtomicLong minutes = new AtomicLong();

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
      return Instant.parse("2026-12-03T08:00:00Z")
          .plus(Duration.ofMinutes(minutes.incrementAndGet()));
    }
  }

  @BeforeEach
  void open() {
    url = createDatabase();
    store = Store.open(url, new Ticking(), SortKeys.DEFAULT_GAP);
    importVersion("2025-09-22");
  }

  @AfterEach
  void close() {
    store.close();
    dropDatabase(url);
  }

  private StoredVersion importVersion(String date) {
    return store.importRegistry(Registries.read(SharedData.history(date)), date).version();
  }

  private void add(String name, String ports, Transport transport) {
    store
        .local()
        .add(
            LocalAssignment.of(name, Optional.of(PortRange.parse(ports)), Set.of(transport), "lab"),
            "ann",
            "first day");
  }

  @Test
  void theOlderOfTwoVersionsImportedTogetherKeepsItsDriftUntilAcknowledgedOrMoved() {
    add("capmeter", "24601", Transport.UDP);
    add("quiet", "24700", Transport.UDP);
    StoredVersion first = importVersion("2025-09-26");
    StoredVersion second = importVersion("2025-09-29");

    List<Stated> drift = store.drift().of(List.of(first.id(), second.id()));

    assertThat(drift).hasSize(1);
    Stated alert = drift.get(0);
    assertThat(alert.version().name()).isEqualTo("2025-09-26");
    assertThat(alert.version().stableName()).isEqualTo("2025-09-26.1");
    assertThat(alert.previous().name()).isEqualTo("2025-09-22");
    assertThat(alert.alert().assignment().name()).isEqualTo("capmeter");
    assertThat(alert.alert().finding().key()).isEqualTo(UDPSTP);
    assertThat(alert.alert().record().serviceName()).contains("udpstp");
    assertThat(alert.status()).isEqualTo(Status.OPEN);
    assertThat(store.drift().newest(20)).containsExactly(alert);
    assertThat(store.drift().newest(1)).isEmpty();

    store.local().acknowledge(new Acknowledgement("capmeter", UDPSTP, "lab only"), "adam");
    Stated acknowledged = store.drift().newest(20).get(0);
    assertThat(acknowledged.status()).isEqualTo(Status.ACKNOWLEDGED);
    assertThat(acknowledged.acknowledgement().get().actor()).isEqualTo("adam");
    assertThat(acknowledged.updated()).isEqualTo(acknowledged.acknowledgement().get().at());
    assertThat(store.drift().standing()).extracting(Acknowledgement::reason).contains("lab only");

    store.local().remove("capmeter", "ann", "moved");
    Stated resolved = store.drift().newest(20).get(0);
    assertThat(resolved.status()).isEqualTo(Status.RESOLVED);
    assertThat(resolved.changed()).isPresent();
    assertThat(resolved.updated()).isAfter(acknowledged.updated());
  }

  @Test
  void anEntryAddedAfterAVersionWasImportedDoesNotDriftAgainstIt() {
    importVersion("2025-09-26");
    add("capmeter", "24601", Transport.UDP);

    assertThat(store.drift().newest(20)).isEmpty();
  }

  @Test
  void aVersionImportedAfterAnAcknowledgementThatRaisesItAgainMakesItStale() {
    add("capmeter", "24601", Transport.UDP);
    store.local().acknowledge(new Acknowledgement("capmeter", UDPSTP, "expected"), "adam");
    assertThat(store.drift().standing()).hasSize(1);

    importVersion("2025-09-26");

    assertThat(store.drift().standing()).isEmpty();
    assertThat(store.drift().newest(20)).extracting(Stated::status).containsExactly(Status.OPEN);
    store.local().acknowledge(new Acknowledgement("capmeter", UDPSTP, "still lab only"), "adam");
    assertThat(store.drift().standing())
        .extracting(Acknowledgement::reason)
        .containsExactly("still lab only");
    assertThat(store.drift().newest(20))
        .extracting(Stated::status)
        .containsExactly(Status.ACKNOWLEDGED);
  }

  @Test
  void aNameTheNewVersionTakesIsTheFindingCheckReports() {
    add("udpstp", "18080", Transport.TCP);
    add("reserved-tcp", "24601", Transport.TCP);

    importVersion("2025-09-26");

    List<Stated> drift = store.drift().newest(20);
    assertThat(drift)
        .extracting(s -> s.alert().assignment().name() + " " + s.alert().finding().key())
        .containsExactlyInAnyOrder("udpstp iana-name:udpstp", "reserved-tcp iana::24601/tcp");
    assertThat(drift)
        .extracting(s -> s.alert().finding().kind())
        .containsExactlyInAnyOrder(Finding.Kind.IANA_NAME, Finding.Kind.IANA_RESERVED);
  }
}
