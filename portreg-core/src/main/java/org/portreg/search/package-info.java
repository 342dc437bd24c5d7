/**
 * The registry's search, with exactly its semantics, and structured terms beyond it. {@link
 * org.portreg.search.SearchQuery} parses a query; {@link org.portreg.search.RegistrySearch} runs it
 * over one registry version and returns a {@link org.portreg.search.SearchPage}.
 */
package org.portreg.search;
