package org.portreg.server.auth;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.portreg.error.PermissionDeniedException;
import org.portreg.server.http.UnauthenticatedException;
import org.portreg.store.WebSession;
import org.portreg.workflow.Permissions;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/**
 * Who sent a request: nobody (anonymous), a user signed in through a web session, or a user
 * presenting an API token. {@link Authentication} sets it before every handler. Immutable.
 *
 * @param user the signed-in user; empty for anonymous requests
 * @param method how the user was recognised
 * @param session the web session, present exactly when {@code method} is {@code SESSION}
 */
public record Principal(Optional<User> user, AuthMethod method, Optional<WebSession> session) {
  /** The request attribute holding the principal. */
  static final String ATTRIBUTE = "portreg.principal";

  /** Nobody signed in. */
  static final Principal ANONYMOUS =
      new Principal(Optional.empty(), AuthMethod.ANONYMOUS, Optional.empty());

  /** How a request was authenticated. */
  enum AuthMethod {
    /** No credentials. */
    ANONYMOUS,
    /** The {@code portreg_session} cookie of a web session (forms must carry its CSRF token). */
    SESSION,
    /** An {@code Authorization: Bearer prt_...} API token. */
    TOKEN
  }

  /** Checks that user, method and session agree. */
  public Principal {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(session, "session");
    if (user.isEmpty() != (method == AuthMethod.ANONYMOUS)) {
      throw new IllegalArgumentException("a user goes with SESSION or TOKEN, was " + method);
    }
    if (session.isPresent() != (method == AuthMethod.SESSION)) {
      throw new IllegalArgumentException("a session goes with SESSION, was " + method);
    }
  }

  /** A user signed in through a web session. */
  public static Principal of(WebSession session) {
    return new Principal(Optional.of(session.user()), AuthMethod.SESSION, Optional.of(session));
  }

  /** A user presenting an API token. */
  public static Principal of(User user) {
    return new Principal(Optional.of(user), AuthMethod.TOKEN, Optional.empty());
  }

  /** The principal of a request; anonymous when authentication has not run. */
  public static Principal of(Context ctx) {
    Principal principal = ctx.attribute(ATTRIBUTE);
    return principal == null ? ANONYMOUS : principal;
  }

  /** Whether the user is active and holds {@code role}; anonymous holds only ANONYMOUS. */
  public boolean has(Role role) {
    return role == Role.ANONYMOUS || user.map(u -> Permissions.holds(u, role)).orElse(false);
  }

  /**
   * Whether the user reviews {@code request}: an admin, or an expert for every transport it asks
   * for. Reviewers see its private data (contacts) and the expert's warnings.
   */
  public boolean reviews(StoredRequest request) {
    return user.map(u -> Permissions.reviews(u, request)).orElse(false);
  }

  /** Whether the user sees the private data (contacts) of {@code request}: reviewers and owner. */
  public boolean seesPrivateData(StoredRequest request) {
    return user.map(u -> Permissions.seesPrivateData(u, request)).orElse(false);
  }

  /** Whether the user submitted {@code request}. */
  public boolean isApplicant(StoredRequest request) {
    return user.map(u -> Permissions.isApplicant(u, request)).orElse(false);
  }

  /** The session's CSRF token, for forms; empty text without a session. */
  public String csrfToken() {
    return session.map(WebSession::csrfToken).orElse("");
  }

  /** Whether someone is signed in. */
  boolean isSignedIn() {
    return user.isPresent();
  }

  /**
   * The signed-in user.
   *
   * @throws UnauthenticatedException (401) for an anonymous request
   */
  public User requireUser() {
    return user.orElseThrow(() -> new UnauthenticatedException("sign in or send an API token"));
  }

  /**
   * The signed-in user, who must hold {@code role}.
   *
   * @throws UnauthenticatedException (401) for an anonymous request
   * @throws PermissionDeniedException (403) when the user lacks the role
   */
  public User require(Role role) {
    User signedIn = requireUser();
    if (!has(role)) {
      throw new PermissionDeniedException(
          signedIn.username() + " is not " + role.name().toLowerCase(Locale.ROOT));
    }
    return signedIn;
  }
}
