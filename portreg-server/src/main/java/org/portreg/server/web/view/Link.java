package org.portreg.server.web.view;

/**
 * A labelled link, such as a download in the Available Formats list.
 *
 * @param label what is shown
 * @param href where it points
 */
public record Link(String label, String href) {}
