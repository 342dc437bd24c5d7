package org.portreg.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portreg.error.ConflictException;
import org.portreg.error.NotFoundException;
import org.portreg.error.StateChangeRefusedException;
import org.portreg.model.Registry;
import org.portreg.model.Transport;
import org.portreg.notify.RequestStep;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Lifecycle;
import org.portreg.workflow.Permissions;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.PortSelector;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.RequestEvent;
import org.portreg.workflow.RequestState;
import org.portreg.workflow.RequestWorkflow;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.Transition;
import org.portreg.workflow.User;

/**
 * Takes an action on a stored request inside one transaction: checks who may, moves the state with
 * {@link RequestWorkflow}, records the steps, and for ASSIGN writes the registry (for a local
 * request, the local registry). Stateless.
 */
final class Decisions {
  private static final Set<RequestAction> REVIEW_DECISIONS =
      Set.of(RequestAction.APPROVE, RequestAction.REJECT, RequestAction.ASK_INFORMATION);
  private static final int PORT_CANDIDATES = 256;

  private final Statements sql;
  private final RequestLog log;
  private final Claims claims;
  private final RegistryWriter registry;
  private final Clock clock;
  private final Outbox outbox;
  private final LocalRequestDesk localDesk;

  Decisions(
      Statements sql,
      RequestLog log,
      Claims claims,
      RegistryWriter registry,
      Clock clock,
      Outbox outbox,
      LocalRequestDesk localDesk) {
    this.sql = sql;
    this.log = log;
    this.claims = claims;
    this.registry = registry;
    this.clock = clock;
    this.outbox = outbox;
    this.localDesk = localDesk;
  }

  StoredRequest act(Connection c, long id, RequestAction action, User user, String reason)
      throws SQLException {
    StoredRequest request =
        RequestRows.one(c, sql.get("select_request_for_update"), id)
            .orElseThrow(() -> new NotFoundException("no request #" + id));
    Turn turn =
        new Turn(request, user, Permissions.actorFor(user, action, request), clock.instant());
    RequestState state = request.state();
    if (REVIEW_DECISIONS.contains(action) && state == RequestState.CHECKED) {
      state = step(c, turn, RequestAction.START_REVIEW, state, "review started", Optional.empty());
    }
    Optional<RegistryChange> change = Optional.empty();
    Optional<String> outcome = Optional.empty();
    if (action == RequestAction.ASSIGN) {
      turn.requireAllowed(state, action);
      if (request.isLocal()) {
        outcome = Optional.of(localDesk.assign(c, request, user, reason));
      } else {
        change = Optional.of(assign(c, request, user, reason));
        outcome = change.map(RegistryChange::summary);
      }
    }
    state = step(c, turn, action, state, reason, outcome);
    if (state.isFinal()) {
      claims.release(c, id);
    }
    StoredRequest after = RequestRows.one(c, sql.get("select_request"), id).orElseThrow();
    outbox.step(c, new RequestStep(after, action, state, reason, change));
    return after;
  }

  /** Who acts on which request, and when: what every step of one call shares. */
  private record Turn(
      StoredRequest request, User user, org.portreg.workflow.Actor actor, Instant at) {
    /** The state {@code action} leads to from {@code from}, or a refusal naming why not. */
    RequestState requireAllowed(RequestState from, RequestAction action) {
      RequestWorkflow.Facts facts = RequestWorkflow.Facts.of(request);
      Transition t = RequestWorkflow.transition(from, action, actor, facts);
      if (t instanceof Transition.Refused refused) {
        throw new StateChangeRefusedException("request #" + request.id() + ": " + refused.reason());
      }
      return ((Transition.Moved) t).to();
    }
  }

  private RequestState step(
      Connection c,
      Turn turn,
      RequestAction action,
      RequestState from,
      String reason,
      Optional<String> outcome)
      throws SQLException {
    RequestState to = turn.requireAllowed(from, action);
    long id = turn.request().id();
    log.move(c, id, from, to, outcome, turn.at());
    Optional<String> after =
        outcome.map(o -> AuditLog.json(Map.of("state", to.name(), "outcome", o)));
    String role = turn.actor().role().name();
    log.step(
        c,
        new RequestEvent(
            id,
            action.name(),
            turn.user().username(),
            role,
            Optional.of(from),
            to,
            reason,
            turn.at()),
        after);
    return to;
  }

  private static List<String> tokens(Set<Transport> transports) {
    return transports.stream().map(Transport::token).toList();
  }

  /** Assigns the request on the newest registry and stores the result as a new version. */
  private RegistryChange assign(Connection c, StoredRequest stored, User admin, String reason)
      throws SQLException {
    return registry.change(
        c,
        current -> Lifecycle.assign(current, withChosenPort(c, stored, current), clock),
        change -> "request #" + stored.id() + " assigned by " + admin.username(),
        admin,
        stored.request().serviceName(),
        reason);
  }

  /**
   * For "any port", the lowest free port that no other open request holds; the registry's own
   * choice could take a port that an earlier request is waiting for.
   */
  private AssignmentRequest withChosenPort(Connection c, StoredRequest stored, Registry current)
      throws SQLException {
    AssignmentRequest request = stored.request();
    if (!(request.port() instanceof PortChoice.Any any)) {
      return request;
    }
    Set<String> held = claims.portsHeldByOthers(c, stored.id());
    List<Integer> free =
        PortSelector.freePorts(current, request.transports(), any.space(), PORT_CANDIDATES);
    for (int port : free) {
      if (request.transports().stream().noneMatch(t -> held.contains(port + "/" + t.token()))) {
        return request.withPort(new PortChoice.Specific(port));
      }
    }
    throw new ConflictException(
        "no "
            + any.space()
            + " port is free on "
            + tokens(request.transports())
            + " for request #"
            + stored.id());
  }
}
