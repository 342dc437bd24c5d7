package org.portreg.server.watch;

import java.util.List;
import org.portreg.store.Watch;
import org.portreg.store.WatchDelivery;

/** What the watch pages show, ready for the templates. Stateless. */
public final class WatchViews {
  private WatchViews() {}

  /**
   * One watch in a list or on its page.
   *
   * @param id the watch's number
   * @param query its query
   * @param kind {@code e-mail} or {@code webhook}
   * @param target where it delivers (the webhook's URL, or "your e-mail address")
   * @param created when it was saved (ISO instant)
   * @param state {@code active}, or {@code disabled on …} with the failures
   * @param href its page
   */
  public record Row(
      long id,
      String query,
      String kind,
      String target,
      String created,
      String state,
      String href) {
    static Row of(Watch w) {
      String state =
          w.active()
              ? "active"
              : "disabled " + w.disabledAt().orElseThrow() + " after " + w.failures() + " failures";
      return new Row(
          w.id(),
          w.query(),
          w.kind() == Watch.Kind.EMAIL ? "e-mail" : "webhook",
          w.url().orElse("your e-mail address"),
          w.createdAt().toString(),
          state,
          "/watches/" + w.id());
    }
  }

  /**
   * One webhook delivery in the log.
   *
   * @param id its number
   * @param version the registry version it carries
   * @param changes how many record changes
   * @param created when it was queued
   * @param state delivered, pending or failed
   * @param attempts how many attempts
   * @param last the last attempt's status or error, or empty
   */
  public record Delivery(
      long id,
      String version,
      int changes,
      String created,
      String state,
      int attempts,
      String last) {
    static Delivery of(WatchDelivery d) {
      String last =
          d.lastError()
              .orElse(d.lastStatus().isPresent() ? "HTTP " + d.lastStatus().getAsInt() : "");
      return new Delivery(
          d.id(),
          d.versionDate(),
          d.changes(),
          d.createdAt().toString(),
          d.state(),
          d.attempts(),
          last);
    }
  }

  /**
   * The watches page.
   *
   * @param rows the user's watches
   * @param csrf the form token
   * @param query the query to prefill the form with
   * @param problem why the last form was refused, or empty
   */
  public record ListPage(List<Row> rows, String csrf, String query, String problem) {}

  /**
   * A watch's page.
   *
   * @param watch the watch
   * @param deliveries its newest deliveries, newest first
   * @param secret the signing secret, only right after the watch was saved; else empty
   * @param csrf the form token
   */
  public record WatchPage(Row watch, List<Delivery> deliveries, String secret, String csrf) {}

  /**
   * The notification preference page.
   *
   * @param current the user's preference ({@code all}, {@code decisions}, {@code none})
   * @param csrf the form token
   */
  public record PreferencePage(String current, String csrf) {}
}
