/**
 * The registry's canonical XML: a streaming StAX reader that refuses DTDs and external entities,
 * and a writer that reproduces the original bytes of every unchanged part.
 */
package org.portreg.format.xml;
