/**
 * The {@code portreg} command line: {@link org.portreg.cli.Main}, which lists the commands and maps
 * every error to an exit code in one table; the commands live in {@code registry}, {@code db} and
 * {@code workflow}, what they share in {@code common}.
 */
package org.portreg.cli;
