/**
 * The in-memory lookup structure built once per registry version: {@link
 * org.portreg.index.RegistryIndex} answers by (port, transport), port, service name and person, and
 * gives the RFC 6335 status of every (port, transport), with or without a record.
 */
package org.portreg.index;
