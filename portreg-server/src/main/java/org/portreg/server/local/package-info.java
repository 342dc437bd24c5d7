/**
 * The organisation's own registry over HTTP: {@code /api/v1/check} (IANA, the port-space policy and
 * the local assignments in one verdict). Uses {@code http}, {@code auth} (the optional store) and
 * {@code registry} (the current version's index).
 */
package org.portreg.server.local;
