package org.portreg.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.model.PortRange;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;

/**
 * Finds the unnamed records (Unassigned or Reserved ports and ranges) that the newer version
 * divides among new records. Works on what the {@link RecordMatcher} left unpaired. Not
 * thread-safe: one per comparison.
 */
final class SplitFinder {
  private final List<ServiceRecord> newer;
  private final List<Integer> unpairedNew;
  private final boolean[] claimed;

  private SplitFinder(List<ServiceRecord> newer, List<Integer> unpairedNew) {
    this.newer = newer;
    this.unpairedNew = unpairedNew;
    this.claimed = new boolean[newer.size()];
  }

  /**
   * The splits among the unpaired records, in the older version's order. An added record belongs to
   * at most one split.
   */
  static List<RecordChange.Split> find(
      List<ServiceRecord> older, List<ServiceRecord> newer, RecordMatcher matcher) {
    List<Integer> unpairedNew = new ArrayList<>();
    for (int j = 0; j < newer.size(); j++) {
      if (matcher.oldOf(j) < 0 && newer.get(j).number().isPresent()) {
        unpairedNew.add(j);
      }
    }
    unpairedNew.sort(
        (j, k) ->
            Integer.compare(
                newer.get(j).number().get().first(), newer.get(k).number().get().first()));
    SplitFinder finder = new SplitFinder(newer, unpairedNew);
    List<RecordChange.Split> splits = new ArrayList<>();
    for (int i = 0; i < older.size(); i++) {
      ServiceRecord r = older.get(i);
      if (matcher.newOf(i) < 0 && r.serviceName().isEmpty() && r.number().isPresent()) {
        finder.splitOf(r, i).ifPresent(splits::add);
      }
    }
    return splits;
  }

  /** Whether newer record {@code j} is part of a split. */
  boolean isClaimed(int j) {
    return claimed[j];
  }

  private Optional<RecordChange.Split> splitOf(ServiceRecord removed, int oldIndex) {
    PortRange range = removed.number().get();
    List<Integer> parts = partsWithin(range, removed.protocol());
    if (parts.isEmpty() || !covers(range, parts)) {
      return Optional.empty();
    }
    parts.sort(null);
    parts.forEach(j -> claimed[j] = true);
    List<ServiceRecord> records = parts.stream().map(newer::get).toList();
    return Optional.of(new RecordChange.Split(removed, oldIndex, records, parts));
  }

  private List<Integer> partsWithin(PortRange range, Optional<Transport> transport) {
    List<Integer> parts = new ArrayList<>();
    for (int k = firstAtOrAfter(range.first()); k < unpairedNew.size(); k++) {
      int j = unpairedNew.get(k);
      PortRange port = newer.get(j).number().get();
      if (port.first() > range.last()) {
        break;
      }
      boolean sameTransport = transport.isEmpty() || transport.equals(newer.get(j).protocol());
      if (!claimed[j] && port.last() <= range.last() && sameTransport) {
        parts.add(j);
      }
    }
    return parts;
  }

  /** The position of the first unpaired record whose port starts at or after {@code port}. */
  private int firstAtOrAfter(int port) {
    int low = 0;
    int high = unpairedNew.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (newer.get(unpairedNew.get(mid)).number().get().first() < port) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Whether the parts (sorted by first port) leave no port of {@code range} uncovered. */
  private boolean covers(PortRange range, List<Integer> parts) {
    int next = range.first();
    for (int j : parts) {
      PortRange port = newer.get(j).number().get();
      if (port.first() > next) {
        return false;
      }
      next = Math.max(next, port.last() + 1);
    }
    return next > range.last();
  }
}
