package org.portreg.lint.manifest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.index.CompactIndex;
import org.portreg.index.NameMatch;
import org.portreg.index.RegistryIndex;
import org.portreg.model.RecordStatus;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.RecordRules;
import org.portreg.rules.ServiceNames;

/** The two {@link ManifestRegistry} implementations. */
final class ManifestRegistries {
  private ManifestRegistries() {}

  /** Over a full index. */
  static final class OfIndex implements ManifestRegistry {
    private final RegistryIndex index;

    OfIndex(RegistryIndex index) {
      this.index = index;
    }

    @Override
    public Optional<Resolved> resolve(String name) {
      Optional<NameMatch> match = index.lookupByName(name);
      return match.map(m -> new Resolved(m.name(), m.isResolvedFromHistoric()));
    }

    @Override
    public List<String> assignedNames(int port, Transport transport) {
      List<String> names = new ArrayList<>();
      for (ServiceRecord r : index.lookup(port, transport)) {
        if (RecordRules.statusOf(r) == RecordStatus.ASSIGNED) {
          r.serviceName().ifPresent(names::add);
        }
      }
      return names;
    }

    @Override
    public List<String> validNames() {
      List<String> names = new ArrayList<>();
      for (ServiceRecord r : index.registry().records()) {
        r.serviceName().ifPresent(names::add);
      }
      return firstValid(names);
    }
  }

  /** Over a compact index's bytes. */
  static final class OfCompact implements ManifestRegistry {
    private final CompactIndex index;

    OfCompact(CompactIndex index) {
      this.index = index;
    }

    @Override
    public Optional<Resolved> resolve(String name) {
      int own = index.firstOfName(name);
      if (own == CompactIndex.NONE) {
        return Optional.empty();
      }
      int replacement = index.resolved(own);
      return replacement == CompactIndex.NONE
          ? Optional.of(new Resolved(index.column(own, 0), false))
          : Optional.of(new Resolved(index.column(replacement, 0), true));
    }

    @Override
    public List<String> assignedNames(int port, Transport transport) {
      List<String> names = new ArrayList<>();
      for (int ordinal : index.at(port, transport.ordinal())) {
        String name = index.column(ordinal, 0);
        if (!name.isEmpty() && index.statusWord(ordinal).equals("assigned")) {
          names.add(name);
        }
      }
      return names;
    }

    @Override
    public List<String> validNames() {
      List<String> names = new ArrayList<>(index.records());
      for (int ordinal = 0; ordinal < index.records(); ordinal++) {
        names.add(index.column(ordinal, 0));
      }
      return firstValid(names);
    }
  }

  /** The valid names of {@code names}, each once by its key, in order. */
  private static List<String> firstValid(List<String> names) {
    Set<String> seen = new HashSet<>();
    List<String> valid = new ArrayList<>();
    for (String name : names) {
      if (ServiceNames.isValid(name) && seen.add(ServiceNames.key(name))) {
        valid.add(name);
      }
    }
    return List.copyOf(valid);
  }
}
