package org.portreg.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.portreg.error.PermissionDeniedException;
import org.portreg.model.Transport;

/**
 * Who may do what (DESIGN §6), decided once for the store, the API and the pages. Pure and
 * stateless: each method looks only at its arguments.
 *
 * <p>The rules: an inactive user may do nothing; an action on a request needs the role the action
 * names ({@link RequestAction#role()}); the applicant's actions are for the request's own applicant
 * only; nobody reviews or assigns their own request (a user with several roles acts on their own
 * request as its applicant only); an expert reviews a request only if expert for every transport it
 * asks for ({@link Actor#reviewsAll}), a local request only a local expert; the lifecycle
 * operations are for administrators; a request's warnings are seen by those who review it
 * (administrators and its experts), its contacts also by its applicant.
 */
public final class Permissions {
  private Permissions() {}

  /** What a user may do outside the actions on a stored request. */
  public enum Operation {
    /** Submitting a new request: applicants. */
    SUBMIT(Role.APPLICANT, "submitting a request"),
    /** De-assigning a service (§8.2): administrators. */
    DEASSIGN(Role.ADMIN, "changing the registry"),
    /** Revoking a service (§8.4): administrators. */
    REVOKE(Role.ADMIN, "changing the registry"),
    /** Transferring a service (§8.5): administrators. */
    TRANSFER(Role.ADMIN, "changing the registry"),
    /** Modifying a service (§8.6): administrators. */
    MODIFY(Role.ADMIN, "changing the registry");

    private final Role role;
    private final String description;

    Operation(Role role, String description) {
      this.role = role;
      this.description = description;
    }

    /** The role the operation needs. */
    public Role role() {
      return role;
    }
  }

  /** Whether {@code user} is active and holds {@code role}; everyone holds ANONYMOUS. */
  public static boolean holds(User user, Role role) {
    return role == Role.ANONYMOUS || user.as(role).isPresent();
  }

  /**
   * Checks that {@code user} may take {@code operation}.
   *
   * @throws PermissionDeniedException naming the operation, the role it needs and the user's roles
   */
  public static void require(User user, Operation operation) {
    if (!holds(user, operation.role)) {
      throw new PermissionDeniedException(
          operation.description
              + " needs the role "
              + name(operation.role)
              + "; user '"
              + user.username()
              + "' has "
              + user.roles().stream()
                  .sorted()
                  .map(Permissions::name)
                  .collect(Collectors.joining(",")));
    }
  }

  /**
   * Checks that {@code user} may comment on a proposed revocation (§8.4): any active user, whatever
   * their roles, as the call for comments is public.
   *
   * @throws PermissionDeniedException for an inactive user
   */
  public static void requireCommenter(User user) {
    if (!user.active()) {
      throw new PermissionDeniedException(
          "commenting needs an active user; user '" + user.username() + "' is inactive");
    }
  }

  /** Whether {@code user} may take {@code action} on {@code request}; see {@link #actorFor}. */
  public static boolean mayAct(User user, RequestAction action, StoredRequest request) {
    try {
      actorFor(user, action, request);
      return true;
    } catch (PermissionDeniedException e) {
      return false;
    }
  }

  /**
   * The actor {@code user} is when taking {@code action} on {@code request}. Whether the request's
   * state allows the action is {@link RequestWorkflow}'s question, not this one.
   *
   * @throws PermissionDeniedException when the user lacks the role, acts on someone else's request
   *     as applicant, reviews or assigns their own request, or is an expert for too few transports
   */
  public static Actor actorFor(User user, RequestAction action, StoredRequest request) {
    Objects.requireNonNull(action, "action");
    Role role = action.roleFor(request.target());
    Actor actor = user.as(role).orElseThrow(() -> missingRole(user, action, role));
    boolean own = isApplicant(user, request);
    if (role == Role.APPLICANT && !own) {
      throw new PermissionDeniedException(
          action + " is for the applicant of request #" + request.id() + " only");
    }
    if (role != Role.APPLICANT && own) {
      throw ownRequest(user, action, request, role);
    }
    Set<Transport> asked = request.request().transports();
    if (role == Role.EXPERT && !actor.reviewsAll(asked)) {
      throw new PermissionDeniedException(
          "user '"
              + user.username()
              + "' reviews "
              + tokens(actor.expertFor())
              + ", not every transport of request #"
              + request.id()
              + " "
              + tokens(asked));
    }
    return actor;
  }

  /**
   * Whether {@code user} sees the private data of {@code request} (its contacts): whoever reviews
   * it, and its applicant. An anonymous reader sees none.
   */
  public static boolean seesPrivateData(User user, StoredRequest request) {
    return reviews(user, request) || isApplicant(user, request);
  }

  /**
   * Whether {@code user} reviews {@code request} and so sees the expert's warnings: an active
   * administrator, or an active expert for every transport it asks for (a local expert for a local
   * request).
   */
  public static boolean reviews(User user, StoredRequest request) {
    return holds(user, Role.ADMIN) || reviewsAsExpert(user, request);
  }

  /**
   * Whether {@code user} is an active expert for every transport {@code request} asks for, or for a
   * local request an active local expert, so that the request belongs in their review queue.
   */
  public static boolean reviewsAsExpert(User user, StoredRequest request) {
    if (request.isLocal()) {
      return holds(user, Role.LOCAL_EXPERT);
    }
    return user.as(Role.EXPERT)
        .map(expert -> expert.reviewsAll(request.request().transports()))
        .orElse(false);
  }

  /** Whether {@code user} submitted {@code request}. */
  public static boolean isApplicant(User user, StoredRequest request) {
    return request.applicant().equals(user.username());
  }

  private static PermissionDeniedException missingRole(User user, RequestAction action, Role role) {
    return new PermissionDeniedException(
        action
            + " needs the role "
            + name(role)
            + "; user '"
            + user.username()
            + "' has "
            + user.roles().stream().map(Permissions::name).sorted().toList());
  }

  private static PermissionDeniedException ownRequest(
      User user, RequestAction action, StoredRequest request, Role role) {
    // Expert review and assignment are someone else's judgement, also for an expert or
    // administrator who applies for a port.
    return new PermissionDeniedException(
        "user '"
            + user.username()
            + "' applied for request #"
            + request.id()
            + " and may not "
            + action
            + " it; another "
            + name(role)
            + " must");
  }

  private static String name(Role role) {
    return role.word();
  }

  private static List<String> tokens(Set<Transport> transports) {
    return transports.stream().map(Transport::token).toList();
  }
}
