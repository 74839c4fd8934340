package org.kennisbank.server.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.security.RouteRole;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one access check of the server: runs before every matched route and lets the request
 * through when the caller holds one of the roles the route declares. A route that declares no
 * role is refused, so a forgotten declaration closes a route instead of opening it. Each role but
 * {@link Role#PUBLIC} is granted by its own {@link BearerToken}; no token grants another role.
 */
public final class AccessCheck {

  private final Map<Role, BearerToken> tokens;

  public AccessCheck(BearerToken agentToken, BearerToken adminToken) {
    this.tokens = Map.of(Role.AGENT, agentToken, Role.ADMIN, adminToken);
  }

  /** Refuses the request with 401 or 403 unless the caller holds a role the route allows. */
  public void check(Context ctx) {
    Set<RouteRole> allowed = ctx.routeRoles();
    if (allowed.contains(Role.PUBLIC)) {
      return;
    }
    Optional<HttpResponseException> refusal = Optional.empty();
    for (Role role : Role.values()) {
      if (allowed.contains(role) && tokens.containsKey(role)) {
        try {
          // A personal session will be tried first once it exists.
          tokens.get(role).authenticate(ctx);
          return;
        } catch (HttpResponseException e) {
          refusal = refusal.or(() -> Optional.of(e));
        }
      }
    }
    throw refusal.orElseGet(() -> new ForbiddenResponse("this route declares no role that may call it"));
  }
}
