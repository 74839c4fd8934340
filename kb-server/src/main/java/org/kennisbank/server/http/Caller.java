package org.kennisbank.server.http;

import io.javalin.http.Context;
import io.javalin.http.InternalServerErrorResponse;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the access check let through: the account of a personal session, or the name of a bearer
 * token ({@code api-agent}, {@code api-admin}) for a machine client. Handlers of routes with a
 * role read it with {@link #of}; public routes have none.
 */
public record Caller(String account, Role role, boolean session) {

  private static final String ATTRIBUTE = "kb.caller";

  public Caller {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(role, "role");
  }

  /** The caller of a route that declares a role; the access check has always set it. */
  public static Caller of(Context ctx) {
    return find(ctx).orElseThrow(() -> new InternalServerErrorResponse("no caller on a route with a role"));
  }

  public static Optional<Caller> find(Context ctx) {
    return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
  }

  void attachTo(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }
}
