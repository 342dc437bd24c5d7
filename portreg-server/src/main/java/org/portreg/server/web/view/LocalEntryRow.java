package org.portreg.server.web.view;

/**
 * A local assignment shown beside IANA's records on the registry, service and port pages, marked as
 * local and linked to its page in the local registry.
 *
 * @param name the entry's name
 * @param href its page ({@code /local/NAME})
 * @param ports its port or range, empty for a name-only entry
 * @param transports its transports, {@code tcp,udp}
 * @param owner the owning team
 * @param scope {@code host}, {@code cluster} or {@code org}
 * @param description what the service is, on one line
 */
public record LocalEntryRow(
    String name,
    String href,
    String ports,
    String transports,
    String owner,
    String scope,
    String description) {}
