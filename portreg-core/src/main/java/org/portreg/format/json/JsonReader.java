package org.portreg.format.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.portreg.format.ProblemCollector;
import org.portreg.model.Footnote;
import org.portreg.model.Inline;
import org.portreg.model.Note;
import org.portreg.model.Person;
import org.portreg.model.PortRange;
import org.portreg.model.Registry;
import org.portreg.model.RegistryHeader;
import org.portreg.model.RichText;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;

/**
 * Maps the JSON shape of {@code docs/json-format.md} to the model. A bad record, person or footnote
 * is reported and, in lenient mode, left out. Not thread-safe: one per read.
 */
final class JsonReader {
  private final JsonFields f;

  JsonReader(ProblemCollector problems) {
    this.f = new JsonFields(problems);
  }

  Registry registry(JsonTree root) {
    if (!JsonFormat.FORMAT_ID.equals(f.requiredString(root, "format"))) {
      throw f.fail(f.required(root, "format"), "'format' must be \"" + JsonFormat.FORMAT_ID + "\"");
    }
    JsonTree version = f.required(root, "version");
    if (!(version.value() instanceof Number n) || n.intValue() != JsonFormat.SHAPE_VERSION) {
      throw f.fail(
          version, "'version' must be " + JsonFormat.SHAPE_VERSION + ", was " + version.value());
    }
    RegistryHeader header = header(f.required(root, "header"));
    return new Registry(
        header,
        skipping(root, "records", this::record),
        skipping(root, "footnotes", this::footnote),
        skipping(root, "people", this::person));
  }

  /** The items of a required array; in lenient mode a bad item is left out. */
  private <T> List<T> skipping(JsonTree root, String name, Function<JsonTree, T> item) {
    List<T> items = new ArrayList<>();
    for (JsonTree tree : f.array(f.required(root, name), "'" + name + "'")) {
      try {
        items.add(item.apply(tree));
      } catch (JsonFields.Skip skipped) {
        // reported where it was found; lenient mode goes on without the item
      }
    }
    return items;
  }

  private RegistryHeader header(JsonTree h) {
    return new RegistryHeader(
        f.requiredString(h, "id"),
        f.requiredString(h, "title"),
        f.requiredString(h, "category"),
        f.date(h, "updated").orElseThrow(() -> f.fail(h, "missing member 'updated'")),
        f.list(h, "references", this::xref),
        f.list(h, "experts", t -> f.string(t, "an expert")),
        f.list(h, "notes", this::note));
  }

  private Note note(JsonTree n) {
    return new Note(f.optionalString(n, "title"), rich(f.required(n, "text")));
  }

  private Footnote footnote(JsonTree n) {
    return new Footnote(f.requiredString(n, "anchor"), rich(f.required(n, "text")));
  }

  private ServiceRecord record(JsonTree r) {
    ServiceRecord.Builder b = ServiceRecord.builder();
    f.optionalString(r, "name").ifPresent(b::name);
    f.optional(r, "protocol", JsonReader::transport).ifPresent(b::protocol);
    b.description(rich(f.required(r, "description")));
    f.optional(r, "number", PortRange::parse).ifPresent(b::number);
    f.list(r, "assignees", this::xref).forEach(b::addAssignee);
    f.list(r, "contacts", this::xref).forEach(b::addContact);
    b.persons(f.list(r, "persons", this::xref));
    b.references(f.list(r, "references", this::xref));
    f.date(r, "registered").ifPresent(b::registered);
    f.date(r, "updated").ifPresent(b::updated);
    f.optionalString(r, "serviceCode").ifPresent(b::serviceCode);
    optionalRich(r, "unauthorized").ifPresent(b::unauthorized);
    optionalRich(r, "notes").ifPresent(b::notes);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw f.fail(r, e.getMessage());
    }
  }

  private static Transport transport(String token) {
    return Transport.parse(token)
        .filter(t -> t.token().equals(token))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "must be tcp, udp, sctp or dccp, was '" + token + "'"));
  }

  private Person person(JsonTree p) {
    try {
      List<String> uris = f.list(p, "uris", t -> f.string(t, "a URI"));
      return new Person(
          f.requiredString(p, "id"),
          f.optionalString(p, "name"),
          f.optionalString(p, "org"),
          uris.isEmpty() ? f.optionalString(p, "uri").stream().toList() : uris,
          f.date(p, "updated"));
    } catch (IllegalArgumentException e) {
      throw f.fail(p, e.getMessage());
    }
  }

  /** An xref of the documented shape; also used for the references of a request. */
  Xref xref(JsonTree x) {
    String token = f.requiredString(x, "type");
    XrefType type =
        XrefType.parse(token).orElseThrow(() -> f.fail(x, "unknown xref type '" + token + "'"));
    return new Xref(
        type,
        f.optionalString(x, "data"),
        f.optionalString(x, "section"),
        f.optionalString(x, "text"));
  }

  private Optional<RichText> optionalRich(JsonTree object, String name) {
    JsonTree member = f.object(object, "a record").get(name);
    return member == null ? Optional.empty() : Optional.of(rich(member));
  }

  /** A string is plain text ({@code ""} is empty text); an array holds the parts. */
  private RichText rich(JsonTree t) {
    if (t.value() instanceof String s) {
      return RichText.of(s);
    }
    return new RichText(f.array(t, "rich text").stream().map(this::inline).toList());
  }

  private Inline inline(JsonTree part) {
    if (part.value() instanceof String s) {
      return new Inline.Text(s);
    }
    String type = f.requiredString(part, "type");
    return switch (type) {
      case "br" -> new Inline.LineBreak();
      case "xref" -> new Inline.Reference(xref(f.required(part, "xref")));
      case "paragraph" -> new Inline.Paragraph(rich(f.required(part, "content")));
      default -> throw f.fail(part, "unknown rich text part '" + type + "'");
    };
  }
}
