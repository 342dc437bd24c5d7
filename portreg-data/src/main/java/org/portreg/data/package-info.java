/** The registry data that ships with portreg: one snapshot of IANA's newest official XML. */
package org.portreg.data;
