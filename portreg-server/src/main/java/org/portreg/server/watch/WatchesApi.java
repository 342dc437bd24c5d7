package org.portreg.server.watch;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;
import java.util.Optional;
import org.portreg.error.NotFoundException;
import org.portreg.server.auth.Principal;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.JsonBody;
import org.portreg.server.http.JsonInput;
import org.portreg.store.CreatedWatch;
import org.portreg.store.Watch;
import org.portreg.store.WatchDelivery;
import org.portreg.workflow.User;

/**
 * {@code /api/v1/watches}: the signed-in user's saved watches (any user; bearer token or session).
 * Thread-safe.
 */
public final class WatchesApi {
  private final Workflow workflow;

  public WatchesApi(Workflow workflow) {
    this.workflow = workflow;
  }

  /** {@code GET /api/v1/watches}: the user's watches, oldest first. */
  public void list(Context ctx) {
    User user = Principal.of(ctx).requireUser();
    List<Watch> watches = workflow.watches().of(user.username());
    send(
        ctx,
        200,
        JsonBody.of(
            json -> {
              json.writeStartObject();
              json.writeArrayFieldStart("watches");
              for (Watch w : watches) {
                WatchJson.write(json, w, Optional.empty());
              }
              json.writeEndArray();
              json.writeEndObject();
            }));
  }

  /**
   * {@code POST /api/v1/watches {"query": Q, "webhook": URL}}: saves a watch (e-mail without {@code
   * webhook}) → 201 with Location; a webhook's {@code secret} is in this answer only.
   */
  public void create(Context ctx) {
    User user = Principal.of(ctx).requireUser();
    JsonInput body = JsonInput.of(ctx);
    CreatedWatch created =
        workflow.watches().add(user, body.textOrEmpty("query"), body.text("webhook"));
    ctx.header(Header.LOCATION, ApiPaths.PREFIX + "/watches/" + created.watch().id());
    send(ctx, 201, JsonBody.of(json -> WatchJson.write(json, created.watch(), created.secret())));
  }

  /** {@code GET /api/v1/watches/{id}}: one watch with its newest deliveries. */
  public void show(Context ctx) {
    User user = Principal.of(ctx).requireUser();
    Watch watch = workflow.watches().get(id(ctx.pathParam("id")), user);
    List<WatchDelivery> deliveries = workflow.watches().deliveries(watch.id());
    send(
        ctx,
        200,
        JsonBody.of(
            json -> {
              json.writeStartObject();
              json.writeFieldName("watch");
              WatchJson.write(json, watch, Optional.empty());
              json.writeArrayFieldStart("deliveries");
              for (WatchDelivery d : deliveries) {
                WatchJson.write(json, d);
              }
              json.writeEndArray();
              json.writeEndObject();
            }));
  }

  /** {@code DELETE /api/v1/watches/{id}}: removes one of the user's watches → 204. */
  public void remove(Context ctx) {
    User user = Principal.of(ctx).requireUser();
    workflow.watches().remove(id(ctx.pathParam("id")), user);
    ctx.status(204);
  }

  /** The watch number of a path, or 404. */
  static long id(String text) {
    if (!text.matches("[0-9]{1,18}")) {
      throw new NotFoundException("no watch #" + text);
    }
    return Long.parseLong(text);
  }

  private static void send(Context ctx, int status, byte[] body) {
    ctx.status(status);
    ctx.contentType(ApiPaths.JSON);
    ctx.result(body);
  }
}
