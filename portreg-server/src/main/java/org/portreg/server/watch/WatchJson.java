package org.portreg.server.watch;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import org.portreg.store.Watch;
import org.portreg.store.WatchDelivery;

/** Writes watches and deliveries as the API shows them. Stateless. */
final class WatchJson {
  private WatchJson() {}

  /** One watch; {@code secret} only in the answer that creates it. */
  static void write(JsonGenerator json, Watch w, Optional<String> secret) throws IOException {
    json.writeStartObject();
    json.writeNumberField("id", w.id());
    json.writeStringField("query", w.query());
    json.writeStringField("kind", w.kind().word());
    if (w.url().isPresent()) {
      json.writeStringField("webhook", w.url().get());
    }
    json.writeStringField("created", w.createdAt().toString());
    json.writeBooleanField("active", w.active());
    json.writeNumberField("failures", w.failures());
    if (w.disabledAt().isPresent()) {
      json.writeStringField("disabled", w.disabledAt().get().toString());
    }
    if (secret.isPresent()) {
      json.writeStringField("secret", secret.get());
    }
    json.writeStringField("href", "/watches/" + w.id());
    json.writeEndObject();
  }

  /** One delivery of the delivery log. */
  static void write(JsonGenerator json, WatchDelivery d) throws IOException {
    json.writeStartObject();
    json.writeNumberField("id", d.id());
    json.writeStringField("version", d.versionDate());
    json.writeNumberField("changes", d.changes());
    json.writeStringField("state", d.state());
    json.writeNumberField("attempts", d.attempts());
    if (d.lastStatus().isPresent()) {
      json.writeNumberField("lastStatus", d.lastStatus().getAsInt());
    }
    if (d.lastError().isPresent()) {
      json.writeStringField("lastError", d.lastError().get());
    }
    json.writeEndObject();
  }
}
