/**
 * The difference between two registry versions: records added, removed, changed field by field,
 * renamed, moved and split; people and header changes. {@link org.portreg.diff.RegistryDiff} is the
 * facade, {@link org.portreg.diff.DiffFormat} writes a diff as text or JSON.
 */
package org.portreg.diff;
