/**
 * A picture of the whole port space per transport (assigned, reserved, unassigned, dynamic), as SVG
 * or PNG: {@link org.portreg.map.PortMap}.
 */
package org.portreg.map;
