package org.portreg.server.local;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portreg.diff.Diff;
import org.portreg.error.NotFoundException;
import org.portreg.index.RegistryIndex;
import org.portreg.local.Acknowledgement;
import org.portreg.local.DriftAlert;
import org.portreg.local.Finding;
import org.portreg.local.LocalAssignment;
import org.portreg.server.auth.Workflow;
import org.portreg.server.registry.VersionContexts;
import org.portreg.server.spi.DriftNotice;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.VersionInfo;
import org.portreg.store.DriftLog;
import org.portreg.store.DriftLog.Named;
import org.portreg.store.DriftLog.Stated;
import org.portreg.store.DriftLog.Status;

/**
 * Drift on the server, as {@code portreg local drift} reports it: what each of the newest IANA
 * versions took from the local assignments in force when it was imported, for the feed (one entry
 * per version and local assignment) and the entry pages' banner, and the acknowledgements that
 * still stand for the checks. Diffs and indexes come from the server's caches; the alerts of a pair
 * of versions are kept once computed. Thread-safe.
 */
public final class LocalDrift {
  /** How many of the newest versions the feed and the banners look at (as the feed shows). */
  public static final int VERSIONS = 20;

  private final Workflow workflow;
  private final RegistrySource source;
  private final VersionContexts contexts;
  private volatile DriftLog log;

  public LocalDrift(Workflow workflow, RegistrySource source, VersionContexts contexts) {
    this.workflow = workflow;
    this.source = source;
    this.contexts = contexts;
  }

  /**
   * The feed's drift entries: one per version (of the newest {@link #VERSIONS}) and local
   * assignment it took something from, newest version first; empty without a store.
   */
  public List<DriftNotice> notices() {
    Map<String, List<Stated>> byEntry = new LinkedHashMap<>();
    for (Stated s : recent()) {
      String key = s.version().stableName() + " " + s.alert().assignment().key();
      byEntry.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    // Newest version first, as the feed's versions; a version's entries in its records' order.
    return byEntry.values().stream()
        .sorted(
            Comparator.comparing((List<Stated> l) -> l.get(0).version().stored().id()).reversed())
        .map(LocalDrift::notice)
        .toList();
  }

  /** The open alerts of {@code a} from the newest {@link #VERSIONS} versions, oldest first. */
  public List<Stated> open(LocalAssignment a) {
    return recent().stream()
        .filter(s -> s.status() == Status.OPEN)
        .filter(s -> s.alert().assignment().key().equals(a.key()))
        .toList();
  }

  /**
   * The acknowledgements {@code check --all} downgrades: those no version imported after them
   * raised again; every one while a new version is not yet served here.
   */
  public List<Acknowledgement> standing() {
    if (!workflow.isAvailable()) {
      return List.of();
    }
    try {
      return log().standing();
    } catch (NotFoundException e) {
      return workflow.local().acknowledgements();
    }
  }

  private List<Stated> recent() {
    if (!workflow.isAvailable()) {
      return List.of();
    }
    try {
      return log().newest(VERSIONS);
    } catch (NotFoundException e) {
      // A version the store has and this server does not serve yet: drift once it does.
      return List.of();
    }
  }

  private DriftLog log() {
    DriftLog kept = log;
    if (kept == null) {
      kept = workflow.drift(new Served());
      log = kept;
    }
    return kept;
  }

  /**
   * Diffs (from the rows two versions do not share) and indexes of the versions as this server
   * serves them, found by their stable names; a version it does not serve yet is not found.
   */
  private final class Served implements DriftLog.Registries {
    @Override
    public Diff diff(Named older, Named newer) {
      return source.diff(served(older), served(newer));
    }

    @Override
    public RegistryIndex index(Named version) {
      return contexts.at(served(version).stableName()).index();
    }

    private VersionInfo served(Named version) {
      for (VersionInfo v : source.versions()) {
        if (v.stableName().equals(version.stableName())) {
          return v;
        }
      }
      throw new NotFoundException("version " + version.name() + " is not served yet");
    }
  }

  private static DriftNotice notice(List<Stated> alerts) {
    Stated first = alerts.get(0);
    Instant updated = first.updated();
    List<DriftNotice.Line> lines = new ArrayList<>();
    for (Stated s : alerts) {
      updated = s.updated().isAfter(updated) ? s.updated() : updated;
      DriftAlert a = s.alert();
      lines.add(
          new DriftNotice.Line(
              a.toString(), a.finding().key(), s.status().word(), note(s), recordPath(a)));
    }
    return new DriftNotice(
        first.version().name(),
        first.version().stableName(),
        first.previous().name(),
        first.alert().assignment().name(),
        lines,
        updated.truncatedTo(ChronoUnit.SECONDS));
  }

  /** What the alert's status means, for people. */
  static String note(Stated s) {
    return switch (s.status()) {
      case OPEN -> "portreg check --all fails until the entry is moved or the finding acknowledged";
      case ACKNOWLEDGED ->
          "by "
              + s.acknowledgement().get().actor()
              + " on "
              + s.acknowledgement().get().at().truncatedTo(ChronoUnit.SECONDS)
              + ": "
              + s.acknowledgement().get().acknowledgement().reason();
      case RESOLVED -> "the entry no longer has it (moved, removed, or IANA changed it again)";
    };
  }

  /** The path of the page of the IANA record that collides: its service's or its port's. */
  static String recordPath(DriftAlert a) {
    Finding.Kind kind = a.finding().kind();
    if (kind == Finding.Kind.IANA_NAME || kind == Finding.Kind.HISTORIC_NAME) {
      String name = a.record().serviceName().orElse(a.assignment().name());
      return "/service/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
    return a.record().number().map(p -> "/port/" + p.first()).orElse("/local");
  }
}
