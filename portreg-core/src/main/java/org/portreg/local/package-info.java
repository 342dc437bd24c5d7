/**
 * An organisation's own registry beside IANA's: local assignments (the overlay), the port-space
 * policy (reserved ranges with reasons, built-in presets), the {@code check} of ports and names
 * against all of them, and drift alerts when a new IANA version takes a port or name in local use.
 */
package org.portreg.local;
