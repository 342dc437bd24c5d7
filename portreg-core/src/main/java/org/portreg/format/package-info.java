/**
 * The registry's publication formats: what they share (read options and results, the problem
 * collector, source text handling, the record columns) here, each format in its own sub-package
 * with package-private machinery. {@link org.portreg.io.Registries} is the facade that picks one.
 */
package org.portreg.format;
