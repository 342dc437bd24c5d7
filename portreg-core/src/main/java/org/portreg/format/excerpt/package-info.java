/**
 * The registry's web page saved as text (markdown tables, pipe tables without a leading pipe, or
 * plain space-separated text), read into an {@link org.portreg.format.excerpt.Excerpt}: header
 * fields, rows with their columns recovered after empty cells were dropped, and the contact table.
 * See {@code docs/excerpts.md}.
 */
package org.portreg.format.excerpt;
