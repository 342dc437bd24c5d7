/**
 * The public call for comments before a revocation (RFC 6335 §8.4, docs/workflow.md): the pages
 * {@code /revocations} and {@code /revocations/{id}} where signed-in users comment and an
 * administrator withdraws the proposal or revokes the assignment, and {@code /api/v1/revocations}.
 * The store keeps the proposals and decides every rule.
 */
package org.portreg.server.revocation;
