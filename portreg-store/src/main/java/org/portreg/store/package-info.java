/**
 * The registry store: every registry version kept temporally in SQLite (embedded default) or
 * PostgreSQL, with as-of queries, exact XML export and the change log of a service or port. The
 * entry point is {@link org.portreg.store.Store}.
 */
package org.portreg.store;
