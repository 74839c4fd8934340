package org.kennisbank.server.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one access check of the server: runs before every matched route and lets the request
 * through when the caller holds one of the roles the route declares. A route that declares no
 * role is refused, so a forgotten declaration closes a route instead of opening it.
 *
 * <p>A request with an {@code Authorization} header is a machine client: each role but
 * {@link Role#PUBLIC} is granted by its own {@link BearerToken}, and no token grants another
 * role. Any other request is judged by its personal session ({@link SessionGrant.Lookup}), whose
 * role grants the roles below it ({@link Role#grants}); a state-changing request of a session must
 * carry its CSRF token ({@link Csrf}). Without a session a page sends the browser to the sign-in
 * page, a JSON route answers 401.
 */
public final class AccessCheck {

  private final Map<Role, BearerToken> tokens;
  private final SessionGrant.Lookup sessions;

  public AccessCheck(BearerToken agentToken, BearerToken adminToken) {
    this(agentToken, adminToken, SessionGrant.Lookup.NONE);
  }

  public AccessCheck(BearerToken agentToken, BearerToken adminToken, SessionGrant.Lookup sessions) {
    this.tokens = Map.of(Role.AGENT, agentToken, Role.ADMIN, adminToken);
    this.sessions = sessions;
  }

  /** Refuses the request with 401 or 403 (or a redirect to sign in) unless the caller holds a role the route allows. */
  public void check(Context ctx) {
    Set<RouteRole> allowed = ctx.routeRoles();
    if (allowed.contains(Role.PUBLIC)) {
      return;
    }
    if (allowed.stream().noneMatch(Role.class::isInstance)) {
      throw new ForbiddenResponse("this route declares no role that may call it");
    }
    if (ctx.header("Authorization") == null) {
      Optional<SessionGrant> session = sessions.find(ctx);
      if (session.isPresent()) {
        bySession(ctx, allowed, session.get());
        return;
      }
      if (!Urls.isApi(ctx.path()) && isRead(ctx)) {
        ctx.redirect(Urls.signIn(returnPath(ctx)), HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
        return;
      }
    }
    byToken(ctx, allowed);
  }

  private static void bySession(Context ctx, Set<RouteRole> allowed, SessionGrant session) {
    boolean granted = allowed.stream().anyMatch(role -> role instanceof Role required && session.role().grants(required));
    if (!granted) {
      throw new ForbiddenResponse("the role " + session.role().name().toLowerCase(Locale.ROOT)
          + " of account '" + session.account() + "' may not call this route");
    }
    Csrf.require(ctx, session.csrfToken());
    new Caller(session.account(), session.role(), true).attachTo(ctx);
  }

  private void byToken(Context ctx, Set<RouteRole> allowed) {
    Optional<HttpResponseException> refusal = Optional.empty();
    for (Role role : Role.values()) {
      if (allowed.contains(role) && tokens.containsKey(role)) {
        try {
          BearerToken token = tokens.get(role);
          token.authenticate(ctx);
          new Caller(token.account(), role, false).attachTo(ctx);
          return;
        } catch (HttpResponseException e) {
          refusal = refusal.or(() -> Optional.of(e));
        }
      }
    }
    throw refusal.orElseGet(() -> new ForbiddenResponse("this route declares no role that may call it"));
  }

  private static boolean isRead(Context ctx) {
    String method = ctx.method().name();
    return method.equals("GET") || method.equals("HEAD");
  }

  private static String returnPath(Context ctx) {
    String query = ctx.queryString();
    return query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
  }
}
