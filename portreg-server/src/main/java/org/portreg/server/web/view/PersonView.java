package org.portreg.server.web.view;

/**
 * A row of the Contact Information table, or the head of a person's page. Absent values are empty
 * strings.
 *
 * @param id the person's ID
 * @param href the person's page
 * @param name the name
 * @param org the organization
 * @param uri the contact URI as text (e-mail addresses stay obfuscated)
 * @param uriHref a link for http(s) URIs, else null
 * @param updated the Last Updated date
 */
public record PersonView(
    String id, String href, String name, String org, String uri, String uriHref, String updated) {}
