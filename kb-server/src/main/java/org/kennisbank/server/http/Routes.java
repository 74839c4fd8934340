package org.kennisbank.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/** How the rooms declare a read route: GET and HEAD with the same handler and the same roles. */
public final class Routes {

  private Routes() {}

  /**
   * Registers GET and HEAD. Javalin's own HEAD answer for a GET route carries no roles, so the
   * access check would refuse it, and no content type but the default; with the handler it gets
   * the real headers (Jetty drops the body).
   */
  public static void get(RoutesConfig routes, String path, Handler handler, Role... roles) {
    routes.get(path, handler, roles);
    routes.head(path, handler, roles);
  }
}
