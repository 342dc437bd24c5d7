/**
 * Reading and writing a registry in whichever publication format it is: {@link
 * org.portreg.io.Registries} recognizes the format and dispatches to the format's own package under
 * {@code org.portreg.format}. Kept apart from {@code format} so that the formats, which share that
 * package's options and problem collector, never depend back on the facade.
 */
package org.portreg.io;
