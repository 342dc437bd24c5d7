package org.portreg.workflow;

/** The kinds of {@link Warning} the expert gets. */
public enum WarningCode {
  /**
   * The name is close to an existing one: Damerau-Levenshtein distance at most 2 on case-folded
   * names, or equal once hyphens and digits are dropped ({@code foo-bar}, {@code foobar}, {@code
   * foo2}). Historic names count.
   */
  SIMILAR_NAME,
  /** The assignee already holds several ports; one service rarely needs more than one (§7.1). */
  MANY_PORTS,
  /**
   * The name suggests a protocol that can share an existing port instead (RFC 7605): HTTP, TLS or
   * QUIC based services can use 443 with ALPN.
   */
  USE_EXISTING_PORT,
  /** No RFC, draft or URI reference describes the protocol. */
  NO_PROTOCOL_REFERENCE
}
