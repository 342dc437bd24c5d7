/**
 * The commands of the organisation's own registry: {@code local}, {@code policy} and {@code check}.
 */
package org.portreg.cli.local;
