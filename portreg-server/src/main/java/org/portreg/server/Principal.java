package org.portreg.server;

import io.javalin.http.Context;
import java.util.Optional;
import org.portreg.store.User;
import org.portreg.store.WebSession;
import org.portreg.workflow.Role;

/** STUB until the api branch's Auth lands: who sends a request. */
record Principal(Optional<User> user, AuthMethod method, Optional<WebSession> session) {
  /** How a request was authenticated. */
  enum AuthMethod {
    NONE,
    SESSION,
    TOKEN
  }

  static Principal of(Context ctx) {
    Principal p = ctx.attribute("principal");
    return p == null ? new Principal(Optional.empty(), AuthMethod.NONE, Optional.empty()) : p;
  }

  boolean has(Role role) {
    return user.map(u -> u.active() && u.hasRole(role)).orElse(false);
  }

  String csrfToken() {
    return session.map(WebSession::csrfToken).orElse("");
  }
}
