package org.portreg.server.local;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.portreg.error.InvalidInputException;
import org.portreg.local.Acknowledgement;
import org.portreg.local.CheckItem;
import org.portreg.local.Checker;
import org.portreg.local.LiveRange;
import org.portreg.local.LocalAssignment;
import org.portreg.local.Policy;
import org.portreg.local.Preset;
import org.portreg.local.Verdict;
import org.portreg.local.VerdictJson;
import org.portreg.server.auth.Workflow;
import org.portreg.server.http.ApiPaths;
import org.portreg.server.http.JsonBody;
import org.portreg.server.registry.VersionContexts;

/**
 * {@code GET /api/v1/check}: what {@code portreg check} answers, over HTTP, in the same JSON shape
 * ({@link VerdictJson}). Items are checked against the current IANA version, the server's policy
 * plus any {@code preset} asked for, and the local assignments in the store (none without one).
 * Always 200: a conflict is an answer, not an error. Thread-safe.
 */
public final class CheckApi {
  /** The most items one request may check. */
  static final int MAX_ITEMS = 100;

  private final VersionContexts contexts;
  private final Workflow workflow;
  private final Policy policy;
  private final LocalDrift drift;

  public CheckApi(VersionContexts contexts, Workflow workflow, Policy policy, LocalDrift drift) {
    this.contexts = contexts;
    this.workflow = workflow;
    this.policy = policy;
    this.drift = drift;
  }

  /**
   * {@code ?port=PORT[/T,…]|FIRST-LAST&name=NAME} (each repeatable) or {@code ?all=true}, with
   * {@code preset=NAME,…} and {@code strict=true}.
   */
  public void check(Context ctx) {
    List<String> items = new ArrayList<>(ctx.queryParams("port"));
    items.addAll(ctx.queryParams("name"));
    boolean all = flag(ctx, "all");
    if (all == !items.isEmpty()) {
      throw new InvalidInputException("give port=… or name=… to check, or all=true");
    }
    if (items.size() > MAX_ITEMS) {
      throw new InvalidInputException(
          "at most " + MAX_ITEMS + " items per check, was " + items.size());
    }
    Checker checker = checker(presets(ctx.queryParam("preset")), all);
    List<Verdict> verdicts =
        all
            ? checker.checkAll()
            : items.stream().map(CheckItem::parse).map(checker::check).toList();
    boolean strict = flag(ctx, "strict");
    boolean fails = verdicts.stream().anyMatch(v -> v.fails(strict));
    ctx.contentType(ApiPaths.JSON);
    ctx.result(JsonBody.of(json -> VerdictJson.write(verdicts, fails, json)));
  }

  private Checker checker(Policy extra, boolean all) {
    List<LocalAssignment> local = List.of();
    List<Acknowledgement> acknowledged = List.of();
    if (workflow.isAvailable()) {
      local = workflow.local().current();
      // Only check --all downgrades acknowledged findings, and only those still standing.
      acknowledged = all ? drift.standing() : List.of();
    }
    return new Checker(contexts.current().index(), policy.plus(extra), local, acknowledged);
  }

  /** The presets named in {@code preset=a,b}, as a policy. */
  static Policy presets(String names) {
    if (names == null || names.isBlank()) {
      return Policy.none();
    }
    List<Preset> presets = new ArrayList<>();
    for (String name : names.split(",", -1)) {
      presets.add(
          Preset.parse(name.strip())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "preset must be one of " + Preset.names() + ", was '" + name + "'")));
    }
    return Policy.of(presets, LiveRange.system());
  }

  private static boolean flag(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "" -> true;
      case "false", "0" -> false;
      default ->
          throw new InvalidInputException(name + " must be true or false, was '" + value + "'");
    };
  }
}
