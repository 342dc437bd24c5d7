package org.portreg.format.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portreg.format.ProblemCollector;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.PortChoice;

/**
 * Maps the request JSON of {@link RequestJson} to an {@link AssignmentRequest}. Missing text reads
 * as blank, so that the validator reports every missing field at once; what is present must have
 * the right type. Not thread-safe: one per read.
 */
final class RequestReader {
  static final List<String> MEMBERS =
      List.of(
          "serviceName",
          "transports",
          "assignee",
          "contact",
          "description",
          "references",
          "port",
          "serviceCode",
          "unauthorizedUses",
          "assignmentNotes",
          "broadcastUse",
          "congestionControl",
          "target");
  private static final List<String> CONTACT = List.of("id", "name", "organization", "uri");
  private static final List<String> XREF = List.of("type", "data", "section", "text");

  private final JsonFields f;
  private final JsonReader registryReader;

  RequestReader(ProblemCollector problems) {
    this.f = new JsonFields(problems);
    this.registryReader = new JsonReader(problems);
  }

  AssignmentRequest request(JsonTree root) {
    f.refuseUnknown(root, "the request", MEMBERS);
    target(root);
    AssignmentRequest.Builder b =
        AssignmentRequest.builder()
            .serviceName(text(root, "", "serviceName").orElse(""))
            .transports(f.list(root, "transports", this::transport))
            .description(text(root, "", "description").orElse(""))
            .references(f.list(root, "references", this::xref))
            .port(port(root))
            .unauthorizedUses(text(root, "", "unauthorizedUses").orElse(null))
            .assignmentNotes(text(root, "", "assignmentNotes").orElse(null))
            .broadcastUse(text(root, "", "broadcastUse").orElse(null))
            .congestionControl(text(root, "", "congestionControl").orElse(null));
    contact(root, "assignee").ifPresent(b::assignee);
    contact(root, "contact").ifPresent(b::contact);
    serviceCode(root).ifPresent(b::serviceCode);
    return b.build();
  }

  /**
   * Checks the optional {@code target}: a request in this shape is for IANA's registry; a local
   * request (docs/local.md) has the members of a local entry instead.
   */
  private void target(JsonTree root) {
    Optional<JsonTree> target = member(root, "target");
    if (target.isPresent() && !f.string(target.get(), "'target'").equals("iana")) {
      throw f.fail(
          target.get(),
          "'target' must be \"iana\" in a request to IANA; a local request has the members of a"
              + " local entry (docs/local.md)");
    }
  }

  /** The member {@code name}; empty when it is absent or null. */
  private Optional<JsonTree> member(JsonTree object, String name) {
    Map<String, JsonTree> members = f.object(object, "the parent of '" + name + "'");
    return Optional.ofNullable(members.get(name)).filter(m -> m.value() != null);
  }

  private Optional<String> text(JsonTree object, String prefix, String name) {
    return member(object, name).map(m -> f.string(m, "'" + prefix + name + "'"));
  }

  private Transport transport(JsonTree item) {
    String token = f.string(item, "an item of 'transports'");
    return Transport.parse(token)
        .filter(t -> t.token().equals(token))
        .orElseThrow(
            () ->
                f.fail(
                    item,
                    "bad transport in 'transports': must be tcp, udp, sctp or dccp, was '"
                        + token
                        + "'"));
  }

  private Xref xref(JsonTree item) {
    f.refuseUnknown(item, "an item of 'references'", XREF);
    return registryReader.xref(item);
  }

  private Optional<Contact> contact(JsonTree root, String name) {
    return member(root, name).map(c -> contactOf(c, name + "."));
  }

  private Contact contactOf(JsonTree c, String prefix) {
    f.refuseUnknown(c, "'" + prefix.substring(0, prefix.length() - 1) + "'", CONTACT);
    return new Contact(
        text(c, prefix, "id").orElse(""),
        text(c, prefix, "name").orElse(""),
        text(c, prefix, "organization"),
        text(c, prefix, "uri").orElse(""));
  }

  private PortChoice port(JsonTree root) {
    Optional<JsonTree> member = member(root, "port");
    if (member.isEmpty()) {
      return PortChoice.nameOnly();
    }
    JsonTree port = member.get();
    if ("any-user".equals(port.value())) {
      return PortChoice.anyUserPort();
    }
    if ("any-system".equals(port.value())) {
      return PortChoice.anySystemPort();
    }
    long number = integer(port, "'port'", "a port number, \"any-user\", \"any-system\" or null");
    if (number < 0 || number > 65535) {
      throw f.fail(port, "'port' must be in 0..65535, was " + number);
    }
    return PortChoice.of((int) number);
  }

  private Optional<Long> serviceCode(JsonTree root) {
    return member(root, "serviceCode").map(c -> integer(c, "'serviceCode'", "an integer"));
  }

  private long integer(JsonTree tree, String what, String expected) {
    if (tree.value() instanceof Integer || tree.value() instanceof Long) {
      return ((Number) tree.value()).longValue();
    }
    String was =
        tree.value() instanceof String s ? "'" + s + "'" : tree.kind() + " " + tree.value();
    throw f.fail(tree, what + " must be " + expected + ", was " + was);
  }
}
