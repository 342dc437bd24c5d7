/**
 * The registry as a services(5) file ({@code /etc/services}), with explicit, documented policies
 * for what the registry has and services(5) cannot say.
 */
package org.portreg.format.services;
