package org.portreg.server.web.view;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application form for a port or service name, with the values and messages of the last try.
 *
 * @param csrf the session's form token
 * @param values each text control's value by name
 * @param transports the ticked transports' tokens
 * @param portChoice {@code number}, {@code any-user}, {@code any-system} or {@code none}
 * @param errors the validator's messages by control name
 * @param general messages that belong to no single control, such as a conflict
 */
public record RequestFormPage(
    String csrf,
    Map<String, String> values,
    Set<String> transports,
    String portChoice,
    Map<String, List<String>> errors,
    List<String> general) {
  /** The transports offered, as tokens. */
  public static final List<String> TRANSPORTS = List.of("tcp", "udp", "sctp", "dccp");

  /** Copies the collections. */
  public RequestFormPage {
    values = Map.copyOf(values);
    transports = Set.copyOf(transports);
    errors = Map.copyOf(errors);
    general = List.copyOf(general);
  }

  /** The value of control {@code name}, blank when none. */
  public String value(String name) {
    return values.getOrDefault(name, "");
  }

  /** The messages for control {@code name}. */
  public List<String> errorsOf(String name) {
    return errors.getOrDefault(name, List.of());
  }

  /** Whether control {@code name} has messages, for {@code aria-invalid}. */
  public String invalid(String name) {
    return errors.containsKey(name) ? "true" : null;
  }

  /** Whether transport {@code token} is ticked. */
  public boolean ticked(String token) {
    return transports.contains(token);
  }

  /** Whether the port choice is {@code choice}. */
  public boolean chosen(String choice) {
    return portChoice.equals(choice);
  }

  /** The element id of control {@code name}. */
  public static String idOf(String name) {
    return "f-" + name.replace('.', '-');
  }

  /** The element id of the messages of control {@code name}. */
  public static String errorIdOf(String name) {
    return "e-" + name.replace('.', '-');
  }
}
