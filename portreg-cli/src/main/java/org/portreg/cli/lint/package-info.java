/** {@code portreg lint}: the command over the lint rules of {@code org.portreg.lint}. */
package org.portreg.cli.lint;
