package org.portreg.server.web.view;

/**
 * What the layout shows around every page: the navigation for who is signed in, and a message left
 * by the last form sent (shown once).
 *
 * @param username the signed-in user's name; {@code null} when nobody is signed in
 * @param applicant whether the user may request ports
 * @param expert whether the user reviews requests
 * @param admin whether the user administers the registry
 * @param csrf the session's form token, for the sign-out form; {@code null} without a session
 * @param flash the message to show once; {@code null} for none
 * @param workflow whether the server takes requests (it runs on a store)
 */
public record Nav(
    String username,
    boolean applicant,
    boolean expert,
    boolean admin,
    String csrf,
    String flash,
    boolean workflow) {

  /** Whether somebody is signed in. */
  public boolean signedIn() {
    return username != null;
  }

  /**
   * What makes two navigations render differently, for caches of whole pages; the CSRF token is
   * part of it because the sign-out form carries it.
   */
  public String key() {
    String who = signedIn() ? username + '/' + applicant + expert + admin + '/' + csrf : "-";
    return who + '/' + workflow;
  }
}
