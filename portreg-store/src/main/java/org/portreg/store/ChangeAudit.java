package org.portreg.store;

import java.time.Instant;
import java.util.List;
import org.portreg.format.json.JsonFormat;
import org.portreg.model.ServiceRecord;
import org.portreg.workflow.AuditEntry;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.User;

/**
 * The audit entry of a registry change: the records before and after, each as a JSON array of
 * records in the shape of docs/json-format.md. Stateless.
 */
final class ChangeAudit {
  private ChangeAudit() {}

  static AuditEntry entry(
      RegistryChange change, User actor, String serviceName, String reason, Instant at) {
    return new AuditEntry(
        0,
        at,
        actor.username(),
        change.action().name(),
        "service/" + serviceName.strip(),
        reason + " (" + change.summary() + ")",
        records(change.before()),
        records(change.after()));
  }

  static String records(List<ServiceRecord> records) {
    return AuditLog.json(
        g -> {
          g.writeStartArray();
          for (ServiceRecord r : records) {
            JsonFormat.writeRecord(r, g);
          }
          g.writeEndArray();
        });
  }
}
