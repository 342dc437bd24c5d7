package org.portreg.server.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.portreg.Portreg;
import org.portreg.format.json.JsonFormat;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalMatches;
import org.portreg.model.Person;
import org.portreg.model.ServiceRecord;
import org.portreg.search.SearchQuery;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.JsonBody;
import org.portreg.server.http.Page;
import org.portreg.server.spi.DownloadFormat;
import org.portreg.server.spi.DownloadFormats;
import org.portreg.server.spi.LocalEntries;
import org.portreg.server.spi.RegistrySource;
import org.portreg.server.spi.RegistryVersion;
import org.portreg.server.spi.VersionInfo;

/**
 * The JSON API under {@code /api/v1}; records and people keep the shapes of {@code
 * docs/json-format.md}. Thread-safe.
 */
public final class Api {

  private final RegistrySource source;
  private final DownloadFormats downloads;
  private final VersionContexts contexts;
  private final LocalEntries local;

  public Api(
      RegistrySource source,
      DownloadFormats downloads,
      VersionContexts contexts,
      LocalEntries local) {
    this.source = source;
    this.downloads = downloads;
    this.contexts = contexts;
    this.local = local;
  }

  /** {@code GET /api/v1/registry}: the current version's header. */
  public void registry(Context ctx) {
    send(ctx, header(current(), "/"));
  }

  /** {@code GET /api/v1/versions/{version}}: a version's header, by its name or its date. */
  public void version(Context ctx) {
    RegistryVersion version = Versions.at(source, ctx.pathParam("version"));
    send(ctx, header(version, "/versions/" + version.name() + "/"));
  }

  /** {@code GET /api/v1/versions}: every version, newest first. */
  public void versions(Context ctx) {
    List<VersionInfo> versions = source.versions();
    send(
        ctx,
        JsonBody.of(
            json -> {
              json.writeStartObject();
              json.writeArrayFieldStart("versions");
              for (VersionInfo v : versions) {
                writeVersion(json, v);
              }
              json.writeEndArray();
              json.writeEndObject();
            }));
  }

  /**
   * {@code GET /api/v1/records?page=N[&search=Q]}: one page of records; with a search, the local
   * entries it matches follow under {@code local}, on the first page.
   */
  public void records(Context ctx) {
    int number = Page.parseNumber(ctx.queryParam("page"));
    VersionContext context = contexts.current();
    String search = ctx.queryParam("search") == null ? "" : ctx.queryParam("search").strip();
    LocalEntries.Overlay overlay = local.current();
    VersionContext.PageKey key = new VersionContext.PageKey(number, search).with(overlay);
    // Rendered once per version, page, query and local entries: repeated searches cost nothing.
    send(ctx, context.recordPage(key, () -> renderRecords(context, key, overlay)));
  }

  private static byte[] renderRecords(
      VersionContext context, VersionContext.PageKey key, LocalEntries.Overlay overlay) {
    String search = key.query();
    Page<ServiceRecord> page = Page.of(context.records(search), key.page());
    List<LocalAssignment> held =
        key.local() == 0 || key.page() != 1
            ? List.of()
            : LocalMatches.search(overlay.entries(), SearchQuery.parse(search));
    return JsonBody.of(
        json -> {
          json.writeStartObject();
          json.writeNumberField("total", page.total());
          json.writeNumberField("page", page.number());
          json.writeNumberField("pageSize", page.size());
          json.writeArrayFieldStart("records");
          for (ServiceRecord r : page.items()) {
            JsonFormat.writeRecord(r, json);
          }
          json.writeEndArray();
          LookupJson.writeLocal(json, held);
          json.writeEndObject();
        });
  }

  /** {@code GET /api/v1/people/{id}}: one person of the people table. */
  public void person(Context ctx) {
    Person person = contexts.current().findPerson(ctx.pathParam("id"));
    send(ctx, JsonBody.of(json -> JsonFormat.writePerson(person, json)));
  }

  private RegistryVersion current() {
    return Versions.current(source);
  }

  private byte[] header(RegistryVersion version, String base) {
    return JsonBody.of(
        json -> {
          json.writeStartObject();
          json.writeStringField("software", "portreg " + Portreg.version());
          json.writeBooleanField("bundled", version.isBundled());
          json.writeFieldName("version");
          writeVersion(json, version.info());
          json.writeNumberField("peopleCount", version.registry().people().size());
          json.writeFieldName("header");
          JsonFormat.writeHeader(version.registry().header(), json);
          json.writeArrayFieldStart("downloads");
          for (DownloadFormat f : downloads.all()) {
            json.writeStartObject();
            json.writeStringField("label", f.label());
            json.writeStringField("href", base + f.fileName());
            json.writeStringField("mediaType", f.mediaType());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void writeVersion(JsonGenerator json, VersionInfo v) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", v.id());
    json.writeStringField("name", v.name());
    json.writeStringField("updated", v.updated().toString());
    json.writeNumberField("recordCount", v.recordCount());
    json.writeEndObject();
  }

  private static void send(Context ctx, byte[] body) {
    ctx.contentType(ApiPaths.JSON);
    ctx.result(body);
  }
}
