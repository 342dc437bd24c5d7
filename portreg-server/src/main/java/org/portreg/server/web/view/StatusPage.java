package org.portreg.server.web.view;

import java.util.List;

/**
 * The status page of a request. Contact data is only filled in for those who may see it (the
 * applicant, experts, administrators); everyone else sees name, transports, port, state and the
 * timeline.
 *
 * @param row the request's summary
 * @param target which registry the request is for, as people read it
 * @param facts what else anyone may read of a local request's entry (owner, scope, tags, dates);
 *     empty for a request to IANA
 * @param description what the service does
 * @param outcome what the registry got, once assigned; {@code null} before
 * @param details the private details (assignee, contact, references, answers); empty when hidden
 * @param events the timeline, oldest first
 * @param warnings what the expert should look at; empty for others
 * @param actions the actions the viewer may take now
 * @param csrf the session's form token; {@code null} without a session
 */
public record StatusPage(
    RequestRow row,
    String target,
    List<Item> facts,
    String description,
    String outcome,
    List<Item> details,
    List<Event> events,
    List<String> warnings,
    List<Action> actions,
    String csrf) {
  /** Copies the lists. */
  public StatusPage {
    facts = List.copyOf(facts);
    details = List.copyOf(details);
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
    actions = List.copyOf(actions);
  }

  /**
   * A labelled value.
   *
   * @param label what it is
   * @param value its text
   */
  public record Item(String label, String value) {}

  /**
   * One step of the timeline.
   *
   * @param at when, in UTC
   * @param actor who acted
   * @param role in which role
   * @param action what was done
   * @param state the state it led to
   * @param reason the reason given
   */
  public record Event(
      String at, String actor, String role, String action, String state, String reason) {}

  /**
   * A button of the decision form.
   *
   * @param action the action's name, such as {@code APPROVE}
   * @param label what the button says
   */
  public record Action(String action, String label) {}
}
