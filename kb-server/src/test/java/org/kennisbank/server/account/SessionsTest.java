package org.kennisbank.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kennisbank.server.http.Role;

/** Session lifetimes, with a clock the test moves: idle and absolute timeouts. */
class SessionsTest {

  private final MutableClock clock = new MutableClock();
  private final Sessions sessions = new Sessions(clock);
  private final Account anna = new Account("anna", "Anna", Role.AGENT, new PasswordHasher(64, 1).hash("x"));
  private Javalin app;

  @BeforeEach
  void start() {
    app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.host = "127.0.0.1";
      cfg.jetty.port = 0;
      sessions.routes(cfg.routes);
      cfg.routes.post("/start", ctx -> ctx.result(sessions.start(ctx, anna).account()));
      cfg.routes.get("/who", ctx -> ctx.result(Sessions.current(ctx).map(SignedIn::account).orElse("nobody")));
    }).start();
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  private String cookie() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/start")).POST(HttpRequest.BodyPublishers.noBody()));
    String header = response.headers().firstValue("Set-Cookie").orElseThrow();
    return header.substring(0, header.indexOf(';'));
  }

  private String who(String cookie) throws Exception {
    return send(HttpRequest.newBuilder(uri("/who")).header("Cookie", cookie)).body();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  @Test
  void a_session_lives_while_it_is_used_and_ends_after_30_idle_minutes() throws Exception {
    String cookie = cookie();
    assertThat(who(cookie)).isEqualTo("anna");
    clock.advance(Duration.ofMinutes(29));
    assertThat(who(cookie)).isEqualTo("anna");
    clock.advance(Duration.ofMinutes(29));
    assertThat(who(cookie)).isEqualTo("anna");
    clock.advance(Duration.ofMinutes(30));
    assertThat(who(cookie)).isEqualTo("nobody");
  }

  @Test
  void a_session_ends_after_10_hours_however_busy() throws Exception {
    String cookie = cookie();
    for (int i = 0; i < 20; i++) {
      clock.advance(Duration.ofMinutes(29));
      assertThat(who(cookie)).isEqualTo("anna");
    }
    clock.advance(Duration.ofMinutes(20));
    assertThat(who(cookie)).isEqualTo("nobody");
    assertThat(sessions.size()).isZero();
  }

  @Test
  void a_made_up_cookie_is_nobody() throws Exception {
    assertThat(who("kb_session=" + Sessions.randomToken())).isEqualTo("nobody");
    assertThat(who("kb_session=")).isEqualTo("nobody");
  }

  @Test
  void session_tokens_are_256_random_bits() {
    assertThat(Sessions.randomToken()).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(Sessions.randomToken());
  }
}
