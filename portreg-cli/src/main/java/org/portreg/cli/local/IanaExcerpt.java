package org.portreg.cli.local;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.portreg.index.CompactIndex;
import org.portreg.index.RegistryIndex;
import org.portreg.local.CheckItem;
import org.portreg.local.LocalAssignment;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.search.SearchSnapshot;

/**
 * The part of one IANA version that {@code check} reads for some items, rebuilt from a database
 * snapshot without the whole registry: every record on the items' ports and transports and every
 * record of their names (a historic name's replacement's too), read back from their columns with
 * the people they name ({@link SearchSnapshot#registryOf}). Over it the {@link
 * org.portreg.local.Checker} finds exactly what it finds over the whole version, since it only ever
 * looks at those records. Stateless.
 */
final class IanaExcerpt {
  private IanaExcerpt() {}

  /**
   * The index of the records {@code items} and the local assignments {@code local} touch, from
   * {@code index} and {@code search} of one version.
   */
  static RegistryIndex of(
      CompactIndex index,
      SearchSnapshot search,
      List<CheckItem> items,
      List<LocalAssignment> local) {
    BitSet ordinals = new BitSet(index.records());
    for (CheckItem item : items) {
      if (item instanceof CheckItem.Port p) {
        addPorts(ordinals, index, p.ports(), p.transports());
      } else {
        addName(ordinals, index, ((CheckItem.Name) item).name());
      }
    }
    for (LocalAssignment a : local) {
      addName(ordinals, index, a.name());
      if (a.ports().isPresent()) {
        addPorts(ordinals, index, a.ports().get(), a.transports());
      }
    }
    List<Integer> list = new ArrayList<>(ordinals.cardinality());
    for (int i = ordinals.nextSetBit(0); i >= 0; i = ordinals.nextSetBit(i + 1)) {
      list.add(i);
    }
    return RegistryIndex.of(search.registryOf(list, index));
  }

  private static void addPorts(
      BitSet ordinals, CompactIndex index, PortRange ports, Set<Transport> transports) {
    for (Transport t : transports) {
      for (int port = ports.first(); port <= ports.last(); port++) {
        for (int ordinal : index.at(port, t.ordinal())) {
          ordinals.set(ordinal);
        }
      }
    }
  }

  /** The records of {@code name} and, when it is historic, of its replacement. */
  private static void addName(BitSet ordinals, CompactIndex index, String name) {
    int own = index.firstOfName(name);
    if (own == CompactIndex.NONE) {
      return;
    }
    addChain(ordinals, index, own);
    if (index.resolved(own) != CompactIndex.NONE) {
      addChain(ordinals, index, index.resolved(own));
    }
  }

  private static void addChain(BitSet ordinals, CompactIndex index, int first) {
    for (int i = first; i != CompactIndex.NONE; i = index.nextSameName(i)) {
      ordinals.set(i);
      if (index.resolved(i) != CompactIndex.NONE) {
        ordinals.set(index.resolved(i));
      }
    }
  }
}
