/**
 * Reconciling a page excerpt with an official registry: which rows agree, which differ (field by
 * field), which are missing, which ambiguities the registry resolves; the header fields and the
 * contact table too. Entry point: {@link org.portreg.reconcile.Reconciler}.
 */
package org.portreg.reconcile;
