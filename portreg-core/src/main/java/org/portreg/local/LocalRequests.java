package org.portreg.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RequestTarget;
import org.portreg.workflow.StoredRequest;

/**
 * Local requests (docs/local.md, "Through the review workflow"): a request whose target is the
 * organisation's own registry carries one local entry, with the fields and the validation of {@link
 * LocalAssignment}. Reads that entry from a request document (JSON or YAML: one mapping with the
 * fields of {@code local import} and optionally {@code target: local}; or a file of {@code local
 * import} holding exactly one entry, CSV included), and from and to the store's JSON. Stateless.
 */
public final class LocalRequests {
  /** The keys of a request document: an entry's fields and {@code target}. */
  static final Set<String> KEYS = keys();

  private LocalRequests() {}

  private static Set<String> keys() {
    Set<String> keys = new HashSet<>(AssignmentReader.FIELDS);
    keys.add("target");
    return Set.copyOf(keys);
  }

  /**
   * The entry of a request document named {@code source}: a JSON or YAML mapping, or a list (or
   * {@code assignments}) of exactly one entry.
   *
   * @throws org.portreg.error.RegistryFormatException naming the place of the first problem: bad
   *     syntax, an unknown key, a target other than {@code local}, a value {@link LocalAssignment}
   *     refuses, or not exactly one entry
   */
  public static LocalAssignment read(byte[] bytes, String source, boolean json) {
    return one(Documents.parse(bytes, source, json), source);
  }

  /**
   * The entry of the request file {@code file}, by its extension: {@code .csv} (a header row and
   * one entry), {@code .json}, else YAML.
   *
   * @throws org.portreg.error.RegistryFormatException as {@link #read(byte[], String, boolean)}
   * @throws UncheckedIOException when the file cannot be read
   */
  public static LocalAssignment read(Path file) {
    String name = String.valueOf(file.getFileName());
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return single(AssignmentReader.read(file), name);
    }
    try {
      if (Files.size(file) > Documents.MAX_BYTES) {
        throw Documents.failure(
            name, 0, 0, "file is larger than " + Documents.MAX_BYTES + " bytes", null);
      }
      return read(Files.readAllBytes(file), name, name.endsWith(".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalAssignment one(Node root, String source) {
    if (root instanceof Node.Mapping m && !m.entries().containsKey("assignments")) {
      Node target = m.entries().get("target");
      if (target != null
          && !(target instanceof Node.Scalar s
              && RequestTarget.LOCAL.word().equals(s.text().strip()))) {
        throw Fields.fail(source, target, "target must be \"local\" in a local request");
      }
      return AssignmentReader.entry(root, source, KEYS);
    }
    return single(AssignmentReader.entries(root, source), source);
  }

  private static LocalAssignment single(List<LocalAssignment> entries, String source) {
    if (entries.size() != 1) {
      throw Documents.failure(
          source,
          1,
          1,
          "a local request holds exactly one entry, the file has " + entries.size(),
          null);
    }
    return entries.get(0);
  }

  /** The store's JSON of {@code entry}: one object, as {@link AssignmentWriter} writes it. */
  public static String json(LocalAssignment entry) {
    String list = AssignmentWriter.json(List.of(entry));
    return list.substring(1, list.length() - 1);
  }

  /**
   * The entry of the store's JSON {@code json} (from {@link #json}), named {@code source} in
   * errors.
   */
  public static LocalAssignment parse(String json, String source) {
    return read(json.getBytes(StandardCharsets.UTF_8), source, true);
  }

  /** The local entry {@code stored} asks for; empty for a request to IANA. */
  public static Optional<LocalAssignment> entry(StoredRequest stored) {
    return stored.localEntry().map(json -> parse(json, "request #" + stored.id()));
  }

  /**
   * What {@code check} says of the entry {@code stored} asks for, for its reviewer; empty for a
   * request to IANA. Until the request is assigned, a current entry of the same name is someone
   * else's and a finding ({@link Checker#checkRequest}); once assigned, it is the request's own
   * ({@link Checker#checkAssignment}).
   */
  public static Optional<Verdict> check(Checker checker, StoredRequest stored) {
    return entry(stored)
        .map(
            e ->
                stored.state() == RequestState.ASSIGNED
                    ? checker.checkAssignment(e)
                    : checker.checkRequest(e));
  }

  /**
   * The summary of {@code entry} that a stored local request carries as its request: the name, the
   * transports, the description and the first port (for lists and messages that show any request).
   */
  public static AssignmentRequest summary(LocalAssignment entry) {
    return AssignmentRequest.builder()
        .serviceName(entry.name())
        .transports(entry.transports())
        .description(entry.description())
        .port(entry.ports().map(p -> PortChoice.of(p.first())).orElse(PortChoice.nameOnly()))
        .build();
  }
}
