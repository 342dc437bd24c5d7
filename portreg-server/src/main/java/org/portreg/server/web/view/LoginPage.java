package org.portreg.server.web.view;

/**
 * The sign-in page.
 *
 * @param next where to go after signing in (a local path)
 * @param csrfToken the sign-in form's CSRF token (also in the {@code portreg_login} cookie)
 * @param username the username typed before, to show again after a failure; empty at first
 * @param message why the last attempt failed; empty at first
 */
public record LoginPage(String next, String csrfToken, String username, String message) {}
