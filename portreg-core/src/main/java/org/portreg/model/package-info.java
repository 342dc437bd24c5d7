/**
 * The immutable model of the Service Name and Transport Protocol Port Number Registry: records and
 * enums only, free of I/O. Every type here is immutable and safe to share between threads.
 */
package org.portreg.model;
