package org.portreg.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.portreg.model.PortRange;
import org.portreg.model.Transport;

/**
 * The Fetch Standard's bad ports ("Port blocking"): browsers refuse to fetch http and https URLs on
 * them. The list, with the typical service the standard names for each, as of the standard's text
 * of July 2026.
 */
final class BadPorts {
  /** Where the list is defined. */
  static final String SOURCE = "https://fetch.spec.whatwg.org/#port-blocking";

  private static final int[] PORTS = {
    0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
    102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427,
    465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990,
    993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667,
    6668, 6669, 6679, 6697, 10080
  };

  private static final String[] SERVICES = {
    "—",
    "tcpmux",
    "echo",
    "discard",
    "systat",
    "daytime",
    "netstat",
    "qotd",
    "chargen",
    "ftp-data",
    "ftp",
    "ssh",
    "telnet",
    "smtp",
    "time",
    "name",
    "nicname",
    "domain",
    "tftp",
    "—",
    "finger",
    "—",
    "supdup",
    "hostname",
    "iso-tsap",
    "gppitnp",
    "acr-nema",
    "pop2",
    "pop3",
    "sunrpc",
    "auth",
    "sftp",
    "uucp-path",
    "nntp",
    "ntp",
    "epmap",
    "netbios-ns",
    "netbios-ssn",
    "imap",
    "snmp",
    "bgp",
    "ldap",
    "svrloc",
    "submissions",
    "exec",
    "login",
    "shell",
    "printer",
    "tempo",
    "courier",
    "chat",
    "netnews",
    "uucp",
    "afp",
    "rtsp",
    "remotefs",
    "nntps",
    "submission",
    "syslog-conn",
    "ldaps",
    "ftps-data",
    "ftps",
    "imaps",
    "pop3s",
    "h323gatestat",
    "h323hostcall",
    "pptp",
    "nfs",
    "apple-sasl",
    "npp",
    "sieve",
    "sip",
    "sips",
    "x11",
    "sane-port",
    "ircu",
    "ircu",
    "ircu",
    "ircu",
    "ircu",
    "osaut",
    "ircs-u",
    "amanda"
  };

  private BadPorts() {}

  /** The bad ports, lowest first. */
  static int[] ports() {
    return PORTS.clone();
  }

  /** The typical service the standard names for each port, aligned with {@link #ports()}. */
  static String[] services() {
    return SERVICES.clone();
  }

  /** One warning rule per bad port. */
  static List<PolicyRule> rules(String preset) {
    List<PolicyRule> rules = new ArrayList<>(PORTS.length);
    for (int i = 0; i < PORTS.length; i++) {
      String service = SERVICES[i].equals("—") ? "" : " (typically " + SERVICES[i] + ")";
      rules.add(
          new PolicyRule(
              PortRange.of(PORTS[i]),
              Set.<Transport>of(),
              "a bad port of the Fetch Standard" + service + ": browsers refuse http(s) URLs on it",
              Severity.WARNING,
              preset,
              SOURCE));
    }
    return rules;
  }
}
