package org.portreg.lint.manifest;

import java.util.Optional;
import org.portreg.lint.manifest.YamlNode.Scalar;
import org.portreg.model.Transport;

/**
 * One port a manifest declares, as the checks see it.
 *
 * @param field the field that declares it, as messages name it ({@code containerPort}, {@code
 *     nodePort}, {@code ports}, {@code expose}, ...)
 * @param value the scalar holding the number (its position is the finding's)
 * @param number the port, or -1 when the value is not a port number
 * @param transport the transport, TCP unless the manifest says otherwise
 * @param name the service the manifest says the port carries (port name or appProtocol), if any
 */
record PortUse(String field, Scalar value, int number, Transport transport, Optional<String> name) {

  /** Whether the field is a nodePort, which has its own range. */
  boolean isNodePort() {
    return field.equals("nodePort");
  }

  /** A port use whose number is parsed from {@code text} ({@code -1} when it is none). */
  static PortUse of(
      String field, Scalar value, String text, Transport transport, Optional<String> name) {
    return new PortUse(field, value, parsePort(text), transport, name);
  }

  /** The port {@code text} names, or -1 when it is not a decimal number in 1..65535. */
  static int parsePort(String text) {
    String digits = text.strip();
    if (digits.isEmpty() || digits.length() > 5) {
      return -1;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return -1;
      }
    }
    int port = Integer.parseInt(digits);
    return port >= 1 && port <= 65535 ? port : -1;
  }

  /** The transport {@code text} names (any case), TCP for empty or unknown text. */
  static Transport transport(String text) {
    return Transport.parse(text.strip()).orElse(Transport.TCP);
  }
}
