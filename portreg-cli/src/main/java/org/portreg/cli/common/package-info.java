/**
 * What every command package shares: the registry, store and version options, the one {@code
 * --format} option, row output, the atomic file writer, converters, exit codes and the CLI's own
 * exceptions. Uses the library and the store, never a command package.
 */
package org.portreg.cli.common;
