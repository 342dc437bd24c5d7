/**
 * {@code portreg lint}: checks of registry files and deployment manifests against RFC 6335 and the
 * registry. {@link org.portreg.lint.RegistryLint} and {@link
 * org.portreg.lint.manifest.ManifestLint} turn a parsed input into {@link
 * org.portreg.lint.Finding}s; {@link org.portreg.lint.LintOutput} writes them as text, JSON or
 * SARIF 2.1.0.
 */
package org.portreg.lint;
