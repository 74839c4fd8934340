package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kennisbank.server.http.AccessCheck;
import org.kennisbank.server.http.BearerToken;
import org.kennisbank.server.http.Role;

/** The one access check decides by the roles a route declares, never by its path. */
class AccessCheckTest {

  private static int status(Javalin app, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void roles_on_the_route_decide_whatever_the_path() throws Exception {
    AccessCheck access = new AccessCheck(BearerToken.agent(Optional.of("secret"), "TEST_TOKEN"),
        BearerToken.admin(Optional.of("admin-secret"), "TEST_ADMIN_TOKEN"));
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.host = "127.0.0.1";
      cfg.jetty.port = 0;
      cfg.routes.beforeMatched(access::check);
      cfg.routes.get("/api/agent/open", ctx -> ctx.result("ok"), Role.PUBLIC);
      cfg.routes.get("/anywhere/agent", ctx -> ctx.result("ok"), Role.AGENT);
      cfg.routes.get("/anywhere/admin", ctx -> ctx.result("ok"), Role.ADMIN);
      cfg.routes.get("/either", ctx -> ctx.result("ok"), Role.AGENT, Role.ADMIN);
      cfg.routes.get("/undeclared", ctx -> ctx.result("ok"));
    }).start();
    try {
      assertThat(status(app, "/api/agent/open")).isEqualTo(200);
      assertThat(status(app, "/anywhere/agent")).isEqualTo(401);
      assertThat(status(app, "/anywhere/agent", "Authorization", "Bearer secret")).isEqualTo(200);
      assertThat(status(app, "/anywhere/admin", "Authorization", "Bearer secret")).isEqualTo(401);
      assertThat(status(app, "/anywhere/admin", "Authorization", "Bearer admin-secret")).isEqualTo(200);
      assertThat(status(app, "/anywhere/agent", "Authorization", "Bearer admin-secret")).isEqualTo(401);
      assertThat(status(app, "/either", "Authorization", "Bearer secret")).isEqualTo(200);
      assertThat(status(app, "/either", "Authorization", "Bearer admin-secret")).isEqualTo(200);
      assertThat(status(app, "/undeclared")).isEqualTo(403);
    } finally {
      app.stop();
    }
  }
}
