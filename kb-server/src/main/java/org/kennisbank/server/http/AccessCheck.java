package org.kennisbank.server.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * The one access check of the server: runs before every matched route and lets the request
 * through when the caller holds one of the roles the route declares. A route that declares no
 * role is refused, so a forgotten declaration closes a route instead of opening it.
 */
public final class AccessCheck {

  private final AgentToken agentToken;

  public AccessCheck(AgentToken agentToken) {
    this.agentToken = agentToken;
  }

  /** Refuses the request with 401 or 403 unless the caller holds a role the route allows. */
  public void check(Context ctx) {
    Set<RouteRole> allowed = ctx.routeRoles();
    if (allowed.contains(Role.PUBLIC)) {
      return;
    }
    if (allowed.contains(Role.AGENT)) {
      // Throws with the reason when the token is missing or wrong; a personal session will be
      // tried first once it exists.
      agentToken.authenticate(ctx);
      return;
    }
    throw new ForbiddenResponse("this route declares no role that may call it");
  }
}
