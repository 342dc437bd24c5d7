package org.portreg.server.web.view;

/**
 * Where a paged table stands.
 *
 * @param page the 1-based page shown
 * @param pages how many pages there are
 * @param total how many rows all pages hold
 * @param first the 1-based number of the first row shown, 0 when none
 * @param last the number of the last row shown
 * @param previousHref the previous page, or null on the first
 * @param nextHref the next page, or null on the last
 */
public record Pager(
    int page, int pages, int total, int first, int last, String previousHref, String nextHref) {}
