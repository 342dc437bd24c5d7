package org.portreg.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.ServiceRecord;
import org.portreg.model.XrefType;
import org.portreg.rules.RecordRules;
import org.portreg.rules.ServiceNames;

/**
 * The warnings a designated expert gets with a request ({@link WarningCode}); none of them blocks
 * it. Thread-safe, stateless.
 */
public final class ExpertWarnings {
  /** Damerau-Levenshtein distance up to which two names count as similar. */
  public static final int SIMILAR_DISTANCE = 2;

  /** Ports an assignee may already hold before a new one is flagged. */
  public static final int MANY_PORTS_THRESHOLD = 2;

  private static final List<String> SHARES_443 = List.of("http", "tls", "ssl", "quic", "web");

  private ExpertWarnings() {}

  /** Every warning for {@code request} against {@code registry}, in {@link WarningCode} order. */
  public static List<Warning> warningsFor(AssignmentRequest request, Registry registry) {
    RegistryView view = RegistryView.of(registry);
    List<Warning> warnings = new ArrayList<>();
    similarNames(request, view).ifPresent(warnings::add);
    manyPorts(request, registry).ifPresent(warnings::add);
    existingPort(request, registry).ifPresent(warnings::add);
    missingReference(request).ifPresent(warnings::add);
    return warnings;
  }

  private static Optional<Warning> similarNames(AssignmentRequest request, RegistryView view) {
    String key = ServiceNames.key(request.serviceName());
    if (key.isEmpty()) {
      return Optional.empty();
    }
    List<String> similar = new ArrayList<>();
    List<ServiceRecord> related = new ArrayList<>();
    for (Map.Entry<String, List<ServiceRecord>> e : view.names().entrySet()) {
      if (!e.getKey().equals(key) && NameDistance.isSimilar(key, e.getKey(), SIMILAR_DISTANCE)) {
        similar.add(
            "'"
                + e.getKey()
                + "'"
                + (e.getValue().stream().anyMatch(RecordRules::isHistoric) ? " (historic)" : ""));
        related.addAll(e.getValue());
      }
    }
    if (similar.isEmpty()) {
      return Optional.empty();
    }
    similar.sort(Comparator.naturalOrder());
    return Optional.of(
        new Warning(
            WarningCode.SIMILAR_NAME,
            "serviceName '" + request.serviceName() + "' is similar to " + similar,
            inRegistryOrder(view.registry(), related)));
  }

  private static Optional<Warning> manyPorts(AssignmentRequest request, Registry registry) {
    if (request.port() instanceof PortChoice.NameOnly || request.assignee().isEmpty()) {
      return Optional.empty();
    }
    String id = request.assignee().get().id();
    List<ServiceRecord> held =
        registry.records().stream()
            .filter(r -> r.number().isPresent() && r.assigneeIds().contains(id))
            .filter(r -> !RecordRules.statusOf(r).isAvailable())
            .toList();
    Set<PortRange> ports = new HashSet<>();
    held.forEach(r -> ports.add(r.number().get()));
    if (ports.size() < MANY_PORTS_THRESHOLD) {
      return Optional.empty();
    }
    return Optional.of(
        new Warning(
            WarningCode.MANY_PORTS,
            "assignee '"
                + id
                + "' already holds "
                + ports.size()
                + " ports; one service rarely"
                + " needs more than one (RFC 6335 section 7.1)",
            held));
  }

  private static Optional<Warning> existingPort(AssignmentRequest request, Registry registry) {
    String key = ServiceNames.key(request.serviceName());
    Optional<String> word = SHARES_443.stream().filter(key::contains).findFirst();
    if (request.port() instanceof PortChoice.NameOnly || word.isEmpty()) {
      return Optional.empty();
    }
    List<ServiceRecord> https =
        registry.records().stream()
            .filter(r -> r.number().filter(n -> n.contains(443)).isPresent())
            .filter(r -> r.serviceName().isPresent())
            .toList();
    return Optional.of(
        new Warning(
            WarningCode.USE_EXISTING_PORT,
            "serviceName '"
                + request.serviceName()
                + "' suggests a protocol over "
                + word.get().toUpperCase(Locale.ROOT)
                + ", which can share port 443 using ALPN instead of a port of its own (RFC 7605)",
            https));
  }

  private static Optional<Warning> missingReference(AssignmentRequest request) {
    boolean documented =
        request.references().stream()
            .anyMatch(
                x ->
                    x.type() == XrefType.RFC
                        || x.type() == XrefType.DRAFT
                        || x.type() == XrefType.URI);
    if (documented) {
      return Optional.empty();
    }
    return Optional.of(
        new Warning(
            WarningCode.NO_PROTOCOL_REFERENCE,
            "request for '"
                + request.serviceName()
                + "' has no RFC, draft or URI describing the"
                + " protocol",
            List.of()));
  }

  private static List<ServiceRecord> inRegistryOrder(Registry registry, List<ServiceRecord> some) {
    Map<ServiceRecord, Boolean> wanted = new IdentityHashMap<>();
    some.forEach(r -> wanted.put(r, true));
    return registry.records().stream().filter(wanted::containsKey).toList();
  }
}
