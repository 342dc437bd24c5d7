package org.portreg.server.workflow;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.InvalidInputException;
import org.portreg.local.LocalAssignment;
import org.portreg.local.Scope;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;
import org.portreg.rules.ServiceNames;
import org.portreg.workflow.Violation;

/**
 * The form of a local request (docs/local.md) as sent: its raw values (to show again), and either
 * the entry they make or what is wrong with them, each message named after its control. The
 * controls are named after the members of a local entry ({@code name}, {@code ports}, {@code
 * owner}, …), as in the API. Immutable.
 *
 * @param values every text control's value by name, blank when absent
 * @param transports the ticked transports' tokens
 * @param scope the chosen scope's word
 * @param entry the entry, when nothing is wrong
 * @param violations what is wrong, by control; empty when {@code entry} is present
 */
record LocalRequestForm(
    Map<String, String> values,
    Set<String> transports,
    String scope,
    Optional<LocalAssignment> entry,
    List<Violation> violations) {
  /** The text controls, in form order. */
  static final List<String> TEXT_FIELDS =
      List.of("name", "ports", "owner", "contact", "description", "tags", "expires", "notes");

  /** The empty form: TCP ticked, scope {@code org}. */
  static LocalRequestForm empty() {
    Map<String, String> values = new LinkedHashMap<>();
    TEXT_FIELDS.forEach(f -> values.put(f, ""));
    return new LocalRequestForm(
        values, Set.of("tcp"), Scope.ORG.word(), Optional.empty(), List.of());
  }

  /** The form as posted in {@code ctx}. */
  static LocalRequestForm read(Context ctx) {
    Map<String, String> values = new LinkedHashMap<>();
    TEXT_FIELDS.forEach(f -> values.put(f, Optional.ofNullable(ctx.formParam(f)).orElse("")));
    Set<String> ticked = Set.copyOf(ctx.formParams("transports"));
    String scope = Optional.ofNullable(ctx.formParam("scope")).orElse(Scope.ORG.word());
    List<Violation> violations = new ArrayList<>();
    Fields f = new Fields(values, violations);
    Optional<PortRange> ports = f.ports();
    Set<Transport> transports = transports(ticked, ports.isPresent(), violations);
    Optional<Scope> s = Scope.parse(scope);
    if (s.isEmpty()) {
      violations.add(new Violation("scope", "scope", "scope must be host, cluster or org"));
    }
    Optional<LocalDate> expires = f.date("expires");
    f.name();
    f.required("owner");
    if (!violations.isEmpty()) {
      return new LocalRequestForm(values, ticked, scope, Optional.empty(), violations);
    }
    return entry(values, ticked, scope, f.entry(ports, transports, s.orElseThrow(), expires));
  }

  private static LocalRequestForm entry(
      Map<String, String> values, Set<String> ticked, String scope, LocalRequestForm.Made made) {
    return new LocalRequestForm(values, ticked, scope, made.entry(), made.violations());
  }

  private static Set<Transport> transports(
      Set<String> tokens, boolean withPorts, List<Violation> violations) {
    Set<Transport> set = EnumSet.noneOf(Transport.class);
    tokens.forEach(t -> Transport.parse(t).ifPresent(set::add));
    if (withPorts && set.isEmpty()) {
      violations.add(
          new Violation("transports", "transports-required", "ports need at least one transport"));
    }
    return set;
  }

  /** The entry made of the values, or the one problem the entry itself found. */
  private record Made(Optional<LocalAssignment> entry, List<Violation> violations) {}

  /** The text values and the violations found in them so far. */
  private record Fields(Map<String, String> values, List<Violation> violations) {
    String text(String name) {
      return values.get(name).strip();
    }

    void required(String name) {
      if (text(name).isEmpty()) {
        violations.add(new Violation(name, "required", name + " is required"));
      }
    }

    void name() {
      required("name");
      if (!text("name").isEmpty()) {
        ServiceNames.violation(text("name"))
            .ifPresent(v -> violations.add(new Violation("name", "name-syntax", v)));
      }
    }

    Optional<PortRange> ports() {
      String text = text("ports");
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(PortRange.parse(text));
      } catch (IllegalArgumentException e) {
        violations.add(new Violation("ports", "ports", e.getMessage()));
        return Optional.empty();
      }
    }

    Optional<LocalDate> date(String name) {
      String text = text(name);
      try {
        return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        violations.add(
            new Violation(name, "date", name + " must be a date YYYY-MM-DD, was '" + text + "'"));
        return Optional.empty();
      }
    }

    Made entry(
        Optional<PortRange> ports, Set<Transport> transports, Scope scope, Optional<LocalDate> to) {
      List<String> tags =
          Arrays.stream(text("tags").split("[,\\s]+")).filter(t -> !t.isEmpty()).toList();
      try {
        return new Made(
            Optional.of(
                new LocalAssignment(
                    text("name"),
                    ports,
                    transports,
                    text("owner"),
                    text("contact"),
                    scope,
                    tags,
                    text("description"),
                    Optional.empty(),
                    to,
                    text("notes"))),
            List.of());
      } catch (InvalidInputException e) {
        return new Made(
            Optional.empty(), List.of(new Violation("entry", "local-entry", e.getMessage())));
      }
    }
  }
}
