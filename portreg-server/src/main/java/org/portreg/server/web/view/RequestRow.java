package org.portreg.server.web.view;

/**
 * A request in a list: "my requests", the review queue, the administrator's queue.
 *
 * @param id the request's number
 * @param serviceName the requested name
 * @param transports the requested transports, such as {@code tcp, udp}
 * @param port what port was asked for
 * @param state the state's label, such as {@code Expert review}
 * @param stateClass the badge's CSS class, such as {@code state-expert-review}
 * @param applicant the applicant's username
 * @param submitted when it was submitted, in UTC
 * @param warnings how many warnings the expert sees; -1 when not counted
 * @param adminAction the action an administrator takes next ({@code ASSIGN}, …), or {@code null}
 * @param local whether the request is for the organisation's own registry (docs/local.md)
 */
public record RequestRow(
    long id,
    String serviceName,
    String transports,
    String port,
    String state,
    String stateClass,
    String applicant,
    String submitted,
    int warnings,
    String adminAction,
    boolean local) {
  /** The request's status page. */
  public String href() {
    return "/requests/" + id;
  }
}
