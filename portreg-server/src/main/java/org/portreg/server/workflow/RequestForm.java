package org.portreg.server.workflow;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.Violation;

/**
 * The application form as sent: its raw values (to show again) and the request they make. Each
 * control is named after the request JSON member it fills ({@code serviceName}, {@code
 * assignee.uri}, …), so the validator's violations land next to their field in the browser and on
 * the server alike. Values that cannot even be read (a port that is no number) become violations of
 * their own. Immutable.
 *
 * @param values every text control's value by name, blank when absent
 * @param transports the ticked transports' tokens
 * @param portChoice {@code number}, {@code any-user}, {@code any-system} or {@code none}
 * @param request the request the values make
 * @param unreadable violations for values the request could not take
 */
record RequestForm(
    Map<String, String> values,
    Set<String> transports,
    String portChoice,
    AssignmentRequest request,
    List<Violation> unreadable) {
  /** The text controls, in form order. */
  static final List<String> TEXT_FIELDS =
      List.of(
          "serviceName",
          "portNumber",
          "assignee.id",
          "assignee.name",
          "assignee.organization",
          "assignee.uri",
          "contact.id",
          "contact.name",
          "contact.organization",
          "contact.uri",
          "description",
          "references",
          "serviceCode",
          "unauthorizedUses",
          "assignmentNotes",
          "broadcastUse",
          "congestionControl");

  /**
   * The fields with a place for messages on the form: the text controls (except the port number,
   * whose messages are the port's), the transports, the port, and the contacts as a whole.
   */
  static boolean hasPlaceFor(String field) {
    return (TEXT_FIELDS.contains(field) && !field.equals("portNumber"))
        || List.of("transports", "port", "assignee", "contact").contains(field);
  }

  /** The empty form: any User port, TCP ticked. */
  static RequestForm empty() {
    Map<String, String> values = new LinkedHashMap<>();
    TEXT_FIELDS.forEach(f -> values.put(f, ""));
    return new RequestForm(
        values, Set.of("tcp"), "any-user", AssignmentRequest.builder().build(), List.of());
  }

  /** The form as posted in {@code ctx}. */
  static RequestForm read(Context ctx) {
    Map<String, String> values = new LinkedHashMap<>();
    TEXT_FIELDS.forEach(f -> values.put(f, Optional.ofNullable(ctx.formParam(f)).orElse("")));
    Set<String> ticked = Set.copyOf(ctx.formParams("transports"));
    String choice = Optional.ofNullable(ctx.formParam("portChoice")).orElse("none");
    List<Violation> unreadable = new ArrayList<>();
    AssignmentRequest request =
        AssignmentRequest.builder()
            .serviceName(values.get("serviceName").strip())
            .transports(transports(ticked))
            .assignee(contact(values, "assignee"))
            .contact(contact(values, "contact"))
            .description(values.get("description").strip())
            .references(references(values.get("references")))
            .port(port(choice, values.get("portNumber"), unreadable))
            .unauthorizedUses(optional(values.get("unauthorizedUses")))
            .assignmentNotes(optional(values.get("assignmentNotes")))
            .broadcastUse(optional(values.get("broadcastUse")))
            .congestionControl(optional(values.get("congestionControl")))
            .build();
    request = withServiceCode(request, values.get("serviceCode"), unreadable);
    return new RequestForm(values, ticked, choice, request, List.copyOf(unreadable));
  }

  private static Set<Transport> transports(Set<String> tokens) {
    Set<Transport> set = EnumSet.noneOf(Transport.class);
    tokens.forEach(t -> Transport.parse(t).ifPresent(set::add));
    return set;
  }

  /** The contact of a prefix, or none when every one of its fields is blank. */
  private static Contact contact(Map<String, String> values, String prefix) {
    String id = values.get(prefix + ".id").strip();
    String name = values.get(prefix + ".name").strip();
    String uri = values.get(prefix + ".uri").strip();
    Optional<String> org = Optional.ofNullable(optional(values.get(prefix + ".organization")));
    if (id.isEmpty() && name.isEmpty() && uri.isEmpty() && org.isEmpty()) {
      return null;
    }
    return new Contact(id, name, org, uri);
  }

  /** One reference a line: an RFC, a draft, a URI, or free text. */
  static List<Xref> references(String text) {
    List<Xref> refs = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String ref = line.strip();
      if (!ref.isEmpty()) {
        refs.add(reference(ref));
      }
    }
    return refs;
  }

  private static Xref reference(String ref) {
    String lower = ref.toLowerCase(Locale.ROOT);
    if (lower.matches("rfc[0-9]{1,5}")) {
      return Xref.of(XrefType.RFC, lower);
    }
    if (lower.startsWith("draft-") || lower.startsWith("rfc-ietf-")) {
      return Xref.of(XrefType.DRAFT, ref);
    }
    if (lower.matches("https?://\\S+")) {
      return Xref.of(XrefType.URI, ref);
    }
    return Xref.text(ref);
  }

  private static PortChoice port(String choice, String number, List<Violation> unreadable) {
    return switch (choice) {
      case "any-user" -> PortChoice.anyUserPort();
      case "any-system" -> PortChoice.anySystemPort();
      case "number" -> specific(number.strip(), unreadable);
      default -> PortChoice.nameOnly();
    };
  }

  private static PortChoice specific(String number, List<Violation> unreadable) {
    if (number.matches("[0-9]{1,5}") && Integer.parseInt(number) <= 65535) {
      return PortChoice.of(Integer.parseInt(number));
    }
    unreadable.add(
        new Violation(
            "port", "port-number", "port must be a number in 0..65535, was '" + number + "'"));
    return PortChoice.nameOnly();
  }

  private static AssignmentRequest withServiceCode(
      AssignmentRequest request, String text, List<Violation> unreadable) {
    String code = text.strip();
    if (code.isEmpty()) {
      return request;
    }
    if (code.matches("[0-9]{1,10}")) {
      return request.toBuilder().serviceCode(Long.parseLong(code)).build();
    }
    unreadable.add(
        new Violation(
            "serviceCode",
            "service-code-number",
            "serviceCode must be a whole number, was '" + code + "'"));
    return request;
  }

  private static String optional(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
