/**
 * The exceptions of portreg: one unchecked root, {@link org.portreg.error.RegistryException}, split
 * by who is at fault.
 */
package org.portreg.error;
