/**
 * Commands on the store's registry history: {@code db import|versions|history}, {@code update} and
 * {@code serve}. They use {@code common}, the library, the store and the server.
 */
package org.portreg.cli.db;
