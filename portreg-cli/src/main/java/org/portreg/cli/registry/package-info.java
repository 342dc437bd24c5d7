/**
 * Commands that read a registry: lookup (and its fast path and index cache), search, free, map,
 * convert, diff and reconcile. They use {@code common} and the library, never another command
 * package.
 */
package org.portreg.cli.registry;
