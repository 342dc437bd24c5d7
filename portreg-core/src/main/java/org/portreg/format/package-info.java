/**
 * Reading and writing the registry's publication formats. {@link org.portreg.format.Registries} is
 * the facade; each format lives in its own subpackage with package-private machinery.
 */
package org.portreg.format;
