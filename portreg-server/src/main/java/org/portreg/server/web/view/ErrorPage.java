package org.portreg.server.web.view;

/**
 * An error page.
 *
 * @param status the HTTP status
 * @param title the status's title, such as "Not Found"
 * @param detail what went wrong
 */
public record ErrorPage(int status, String title, String detail) {}
