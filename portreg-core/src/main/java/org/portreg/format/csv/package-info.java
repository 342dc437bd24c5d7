/**
 * IANA's 12-column CSV: a writer that reproduces IANA's published bytes from the XML, and a reader
 * that recovers as much of the model as the columns carry (see {@code docs/formats.md}).
 */
package org.portreg.format.csv;
