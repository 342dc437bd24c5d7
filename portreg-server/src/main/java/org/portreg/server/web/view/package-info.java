/**
 * What the page templates show: immutable view models built by the server from the registry, so
 * templates hold no logic beyond loops and conditions. Public only because the precompiled
 * templates live in another package; not an API for other callers.
 */
package org.portreg.server.web.view;
