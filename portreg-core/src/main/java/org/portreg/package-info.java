/** Facts about portreg itself: its version. */
package org.portreg;
