package org.kennisbank.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * Refuses, before routing, a path whose percent-encoding is invalid ({@code %u003C}, a lone
 * {@code %}) that Jetty lets through: Javalin's decoder of path parameters would throw on it while
 * matching the route, and the request would end as a 500. Now it is a 400 in the route group's shape.
 */
public final class PathEncoding {

  private static final Pattern INVALID_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  public void routes(RoutesConfig routes) {
    routes.before(PathEncoding::check);
  }

  private static void check(Context ctx) {
    if (INVALID_ESCAPE.matcher(ctx.req().getRequestURI()).find()) {
      throw new BadRequestResponse("the path is not valid percent-encoding: every % must be followed by two hex digits");
    }
  }
}
