package org.portreg.format.json;

import org.portreg.workflow.AssignmentRequest;

/**
 * The JSON shape of an assignment request (docs/workflow.md, "Request JSON"), used by {@code
 * portreg request submit FILE.json}, the HTTP API and the store. Thread-safe, stateless.
 *
 * <pre>{@code
 * {
 *   "serviceName": "ok-connect",
 *   "transports": ["tcp", "udp"],
 *   "assignee": {"id": "Jane_Doe", "name": "Jane Doe", "organization": "Example", "uri": "jane@example.org"},
 *   "contact":  {"id": "Jane_Doe", "name": "Jane Doe", "uri": "jane@example.org"},
 *   "description": "OK Connect",
 *   "references": [{"type": "rfc", "data": "rfc9999"}, {"type": "text", "text": "..."}],
 *   "port": 4711 | "any-user" | "any-system" | null (a name-only registration; also when absent),
 *   "serviceCode": 1234 (dccp only),
 *   "unauthorizedUses": "...", "assignmentNotes": "...",
 *   "broadcastUse": "...", "congestionControl": "..."
 * }
 * }</pre>
 *
 * Unknown members are refused (a misspelt optional field would otherwise vanish silently).
 */
public final class RequestJson {
  private RequestJson() {}

  /**
   * Reads a request.
   *
   * @param source the name of the input, shown in problems as {@code source:line:column}
   * @throws org.portreg.error.RegistryFormatException for malformed JSON, a wrong type, an unknown
   *     member or an unknown transport, naming the member
   */
  public static AssignmentRequest read(byte[] bytes, String source) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The request as UTF-8 JSON; {@link #read} gives back an equal request. */
  public static byte[] write(AssignmentRequest request) {
    throw new UnsupportedOperationException("not yet");
  }
}
