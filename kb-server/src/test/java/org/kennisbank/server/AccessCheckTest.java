package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.kennisbank.server.http.AccessCheck;
import org.kennisbank.server.http.BearerToken;
import org.kennisbank.server.http.Role;
import org.kennisbank.server.http.SessionGrant;

/** The one access check decides by the roles a route declares, never by its path. */
class AccessCheckTest {

  private static int status(Javalin app, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** A bare server on a free loopback port with only the access check and the given routes. */
  private static Javalin start(AccessCheck access, Consumer<RoutesConfig> routes) {
    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.host = "127.0.0.1";
      cfg.jetty.port = 0;
      cfg.routes.beforeMatched(access::check);
      routes.accept(cfg.routes);
    }).start();
  }

  @Test
  void roles_on_the_route_decide_whatever_the_path() throws Exception {
    AccessCheck access = new AccessCheck(BearerToken.agent(Optional.of("secret"), "TEST_TOKEN"),
        BearerToken.admin(Optional.of("admin-secret"), "TEST_ADMIN_TOKEN"));
    Javalin app = start(access, routes -> {
      routes.get("/api/agent/open", ctx -> ctx.result("ok"), Role.PUBLIC);
      routes.get("/anywhere/agent", ctx -> ctx.result("ok"), Role.AGENT);
      routes.get("/anywhere/admin", ctx -> ctx.result("ok"), Role.ADMIN);
      routes.get("/either", ctx -> ctx.result("ok"), Role.AGENT, Role.ADMIN);
      routes.get("/undeclared", ctx -> ctx.result("ok"));
    });
    try {
      assertThat(status(app, "/api/agent/open")).isEqualTo(200);
      // Without a session or token a page sends the browser to sign in (303), whatever its path.
      assertThat(status(app, "/anywhere/agent")).isEqualTo(303);
      assertThat(status(app, "/anywhere/agent", "Authorization", "Bearer wrong")).isEqualTo(401);
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

  @Test
  void a_page_with_a_role_sends_an_anonymous_browser_to_sign_in_and_json_routes_answer_401() throws Exception {
    AccessCheck access = new AccessCheck(BearerToken.agent(Optional.of("secret"), "TEST_TOKEN"),
        BearerToken.admin(Optional.empty(), "TEST_ADMIN_TOKEN"),
        ctx -> "editor".equals(ctx.header("X-Test-Session"))
            ? Optional.of(new SessionGrant("eva", Role.EDITOR, "csrf")) : Optional.empty());
    Javalin app = start(access, routes -> {
      routes.get("/agent", ctx -> ctx.result("desk"), Role.AGENT);
      routes.get("/api/agent/x", ctx -> ctx.result("ok"), Role.AGENT);
      routes.get("/beheer", ctx -> ctx.result("ok"), Role.ADMIN);
    });
    try {
      HttpResponse<Void> page = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/agent?q=paspoort%20kwijt")).build(),
          HttpResponse.BodyHandlers.discarding());
      assertThat(page.statusCode()).isEqualTo(303);
      assertThat(page.headers().firstValue("Location")).hasValue("/inloggen?terug=%2Fagent%3Fq%3Dpaspoort%2520kwijt");
      assertThat(status(app, "/api/agent/x")).isEqualTo(401);
      assertThat(status(app, "/agent", "X-Test-Session", "editor")).isEqualTo(200);
      assertThat(status(app, "/api/agent/x", "X-Test-Session", "editor")).isEqualTo(200);
      assertThat(status(app, "/beheer", "X-Test-Session", "editor")).isEqualTo(403);
    } finally {
      app.stop();
    }
  }

  @Test
  void each_role_grants_the_roles_below_it() {
    assertThat(Role.ADMIN.grants(Role.EDITOR)).isTrue();
    assertThat(Role.ADMIN.grants(Role.AGENT)).isTrue();
    assertThat(Role.EDITOR.grants(Role.AGENT)).isTrue();
    assertThat(Role.EDITOR.grants(Role.ADMIN)).isFalse();
    assertThat(Role.AGENT.grants(Role.EDITOR)).isFalse();
    assertThat(Role.PUBLIC.grants(Role.AGENT)).isFalse();
    assertThat(Role.AGENT.grants(Role.PUBLIC)).isTrue();
  }
}
