package org.portreg.cli.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portreg.index.CompactIndex;
import org.portreg.index.RegistryIndex;
import org.portreg.io.Registries;
import org.portreg.local.CheckItem;
import org.portreg.local.Checker;
import org.portreg.local.LiveRange;
import org.portreg.local.LocalAssignment;
import org.portreg.local.Policy;
import org.portreg.local.Preset;
import org.portreg.local.Verdict;
import org.portreg.model.PortRange;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.ServiceNames;
import org.portreg.search.SearchSnapshot;
import org.portreg.testing.SharedData;

/**
 * {@code check} over the records a database snapshot gives back for its items finds exactly what it
 * finds over the whole registry: on the real newest registry, for every port on every transport,
 * every name IANA has (historic ones included), names it has not, and {@code --all} over local
 * assignments that collide with all of these.
 */
class IanaExcerptTest {
  private static RegistryIndex full;
  private static CompactIndex compact;
  private static SearchSnapshot search;
  private static final Policy POLICY =
      Policy.of(
          List.of(Preset.values()).stream().filter(p -> !p.id().equals("linux-live")).toList(),
          LiveRange.system());

  @BeforeAll
  static void readTheNewestRegistry() {
    full = RegistryIndex.of(Registries.read(SharedData.newestXml()));
    compact = new CompactIndex(ByteBuffer.wrap(CompactIndex.write(full)));
    search = new SearchSnapshot(ByteBuffer.wrap(SearchSnapshot.write(full)));
  }

  @Test
  void everyPortOnEveryTransportAgreesWithTheWholeRegistry() {
    List<CheckItem> items = new ArrayList<>();
    for (int port = 0; port <= PortRange.MAX_PORT; port++) {
      items.add(CheckItem.parse(port + "/tcp,udp,sctp,dccp"));
    }
    assertAgree(items, Policy.none());
  }

  @Test
  void everyNameAgreesWithTheWholeRegistry() {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < full.size(); i++) {
      full.record(i).serviceName().ifPresent(names::add);
    }
    assertThat(names).contains("http-alt", "pra_elmd");
    List<CheckItem> items = new ArrayList<>();
    for (String name : names) {
      items.add(new CheckItem.Name(name));
    }
    items.add(new CheckItem.Name("billing-api"));
    items.add(new CheckItem.Name("HTTPS"));
    assertAgree(items, Policy.none());
  }

  @Test
  void eachItemAloneAgreesWithTheWholeRegistry() {
    for (String item :
        List.of("8080/tcp", "80", "6000-6063/tcp", "1-1023/udp", "pra_elmd", "https", "31000")) {
      assertAgree(List.of(CheckItem.parse(item)), POLICY);
    }
  }

  @Test
  void checkAllOverCollidingLocalAssignmentsAgreesWithTheWholeRegistry() {
    List<LocalAssignment> local = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < full.size(); i += 37) {
      ServiceRecord r = full.record(i);
      Optional<PortRange> ports = r.number();
      Set<Transport> transports =
          r.protocol().map(Set::of).orElse(ports.isPresent() ? Set.of(Transport.TCP) : Set.of());
      local.add(LocalAssignment.of("svc-" + n++, ports, transports, "team"));
      if (r.serviceName().filter(ServiceNames::isValid).isPresent() && n % 5 == 0) {
        local.add(LocalAssignment.of(r.serviceName().get(), Optional.empty(), Set.of(), "team"));
      }
    }
    local.add(LocalAssignment.of("pra_elmd".replace('_', '-'), Optional.empty(), Set.of(), "t"));
    List<Verdict> whole = new Checker(full, POLICY, local, List.of()).checkAll();
    RegistryIndex excerpt = IanaExcerpt.of(compact, search, List.of(), local);
    List<Verdict> part = new Checker(excerpt, POLICY, local, List.of()).checkAll();
    assertThat(part).isEqualTo(whole);
    assertThat(whole.stream().filter(v -> v.fails(false)).count()).isGreaterThan(100);
  }

  /** The policy is not what differs, so the large tests leave it out; the small ones have all. */
  private static void assertAgree(List<CheckItem> items, Policy policy) {
    Checker whole = new Checker(full, policy, List.of(), List.of());
    Checker part =
        new Checker(
            IanaExcerpt.of(compact, search, items, List.of()), policy, List.of(), List.of());
    List<Verdict> expected = new ArrayList<>(items.size());
    List<Verdict> actual = new ArrayList<>(items.size());
    int findings = 0;
    for (CheckItem item : items) {
      expected.add(whole.check(item));
      actual.add(part.check(item));
      findings += expected.get(expected.size() - 1).findings().size();
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(findings).isPositive();
  }
}
