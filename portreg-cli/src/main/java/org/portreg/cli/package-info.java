/** The {@code portreg} command line: thin picocli commands over the library. */
package org.portreg.cli;
