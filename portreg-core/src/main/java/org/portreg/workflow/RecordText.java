package org.portreg.workflow;

import java.util.Collection;
import java.util.stream.Collectors;
import org.portreg.model.ServiceRecord;
import org.portreg.rules.RecordRules;

/** Short human names of records for messages: {@code http 80/tcp}, {@code Unassigned 4-9}. */
final class RecordText {
  private RecordText() {}

  /** The record as {@code name port/transport}, the status word standing in for a missing name. */
  static String describe(ServiceRecord record) {
    String name = record.serviceName().orElse(RecordRules.statusOf(record).name());
    String port = record.number().map(Object::toString).orElse("(no port)");
    String transport = record.protocol().map(t -> "/" + t.token()).orElse("");
    return name + " " + port + transport;
  }

  /** Several records, comma-separated. */
  static String describe(Collection<ServiceRecord> records) {
    return records.stream().map(RecordText::describe).collect(Collectors.joining(", "));
  }
}
