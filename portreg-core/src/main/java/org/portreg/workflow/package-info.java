/**
 * The registration procedures of RFC 6335 §8 as pure functions over immutable values: the request
 * template and its validation, the procedures that apply, port selection, warnings for the expert,
 * the lifecycle operations that produce a new registry, and the request state machine. Nothing here
 * does I/O; time comes from an injected {@link java.time.Clock}.
 */
package org.portreg.workflow;
