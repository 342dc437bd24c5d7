/**
 * The registry as JSON: a documented, stable shape holding every field of the model (see {@code
 * docs/json-format.md}).
 */
package org.portreg.format.json;
