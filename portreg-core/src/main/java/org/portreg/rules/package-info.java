/** The rules of RFC 6335 as code: service-name syntax, port ranges and procedures, status. */
package org.portreg.rules;
