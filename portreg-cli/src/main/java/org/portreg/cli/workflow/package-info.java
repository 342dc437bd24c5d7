/**
 * The RFC 6335 workflow commands: {@code request}, {@code user}, {@code token}, {@code service} and
 * {@code audit}, with their text and JSON output. They use {@code common}, the library and the
 * store.
 */
package org.portreg.cli.workflow;
