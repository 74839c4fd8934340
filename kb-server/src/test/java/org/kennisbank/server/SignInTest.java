package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.server.account.SignIn;

/** Signing in and out through the form, as a browser does, on a real server. */
class SignInTest {

  @TempDir static Path folder;
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = DeskServer.start(folder);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Browser browser() {
    return new Browser(server.port());
  }

  @Test
  void the_sign_in_page_is_an_accessible_dutch_form_that_is_never_cached() throws Exception {
    Browser.Response page = browser().get("/inloggen");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"nl\">", "<label for=\"gebruikersnaam\">Gebruikersnaam</label>",
        "<label for=\"wachtwoord\">Wachtwoord</label>", "autocomplete=\"current-password\"", "name=\"_csrf\"");
    assertThat(page.header("Cache-Control")).contains("no-store");
  }

  @Test
  void right_name_and_password_start_a_session_in_a_cookie_with_safe_flags() throws Exception {
    Browser browser = browser();
    Browser.Response response = browser.signIn("anna", DeskServer.PASSWORD, "/agent?q=paspoort");

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.header("Location")).contains("/agent?q=paspoort");
    String cookie = response.headers("Set-Cookie").stream().filter(c -> c.startsWith("kb_session=")).findFirst().orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
    assertThat(cookie.substring("kb_session=".length(), cookie.indexOf(';'))).hasSize(43);
    Browser.Response session = browser.get("/api/agent/session");
    assertThat(session.status()).isEqualTo(200);
    assertThat(session.json().get("account").asText()).isEqualTo("anna");
    assertThat(session.json().get("displayName").asText()).isEqualTo("Anna de Vries");
    assertThat(session.json().get("role").asText()).isEqualTo("agent");
    assertThat(session.json().get("csrfToken").asText()).hasSize(43);
    assertThat(session.header("Cache-Control")).contains("no-store");
  }

  @Test
  void the_name_is_not_case_sensitive() throws Exception {
    assertThat(browser().signIn(" Anna ", DeskServer.PASSWORD, "/agent").status()).isEqualTo(303);
  }

  @Test
  void a_wrong_password_and_an_unknown_name_get_the_same_answer() throws Exception {
    Browser.Response wrongPassword = browser().signIn("eva", "not the password", "/agent");
    Browser.Response unknownName = browser().signIn("nobody-here", "not the password", "/agent");

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownName.status()).isEqualTo(401);
    assertThat(wrongPassword.body()).contains(SignIn.WRONG);
    String withoutToken = "name=\"_csrf\" value=\"[^\"]*\"";
    assertThat(unknownName.body().replaceAll(withoutToken, "").replace("nobody-here", "NAME"))
        .isEqualTo(wrongPassword.body().replaceAll(withoutToken, "").replace("eva", "NAME"));
    assertThat(wrongPassword.headers("Set-Cookie")).noneMatch(c -> c.startsWith("kb_session="));
    assertThat(wrongPassword.body()).doesNotContain("not the password");
  }

  @Test
  void a_form_without_its_token_is_refused() throws Exception {
    Browser.Response response = browser().postForm("/inloggen",
        Map.of("gebruikersnaam", "anna", "wachtwoord", DeskServer.PASSWORD, "_csrf", "guessed"));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.headers("Set-Cookie")).noneMatch(c -> c.startsWith("kb_session="));
  }

  @Test
  void terug_must_be_a_local_path_else_the_desktop_opens() throws Exception {
    for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/agent", "/\\evil.example", "javascript:alert(1)",
        "agent", "/agent\r\nSet-Cookie: x=y"}) {
      Browser.Response response = browser().signIn("anna", DeskServer.PASSWORD, elsewhere);
      assertThat(response.status()).as(elsewhere).isEqualTo(303);
      assertThat(response.header("Location")).as(elsewhere).hasValue("/agent");
    }
    assertThat(browser().signIn("anna", DeskServer.PASSWORD, "/artikelen/paspoort").header("Location"))
        .hasValue("/artikelen/paspoort");
  }

  @Test
  void the_form_keeps_only_a_local_return_path() throws Exception {
    assertThat(browser().get("/inloggen?terug=" + TestServer.q("https://evil.example/")).body())
        .contains("name=\"terug\" value=\"/agent\"").doesNotContain("evil");
    assertThat(browser().get("/inloggen?terug=" + TestServer.q("/agent?q=a&b")).body())
        .contains("name=\"terug\" value=\"/agent?q=a&amp;b\"");
  }

  @Test
  void signing_out_ends_the_session_on_the_server() throws Exception {
    Browser browser = browser().signedIn("anna", DeskServer.PASSWORD);
    String token = browser.csrfToken();
    String cookie = sessionCookie(browser);

    Browser.Response refused = browser.postForm("/uitloggen", Map.of("_csrf", "wrong"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(browser.get("/api/agent/session").status()).isEqualTo(200);

    Browser.Response out = browser.postForm("/uitloggen", Map.of("_csrf", token));
    assertThat(out.status()).isEqualTo(303);
    assertThat(out.header("Location")).hasValue("/inloggen");
    assertThat(browser.get("/api/agent/session").status()).isEqualTo(401);
    // The old cookie, replayed, opens nothing either: the session is gone on the server.
    assertThat(browser().get("/api/agent/session", "Cookie", "kb_session=" + cookie).status()).isEqualTo(401);
  }

  @Test
  void a_new_sign_in_gets_a_new_session_id() throws Exception {
    Browser browser = browser().signedIn("anna", DeskServer.PASSWORD);
    String first = sessionCookie(browser);
    browser.signedIn("anna", DeskServer.PASSWORD);

    assertThat(sessionCookie(browser)).isNotEqualTo(first);
    assertThat(browser().get("/api/agent/session", "Cookie", "kb_session=" + first).status()).isEqualTo(401);
  }

  @Test
  void repeated_failures_are_refused_for_a_while_even_with_the_right_password() throws Exception {
    Browser browser = browser();
    for (int i = 0; i < 5; i++) {
      assertThat(browser.signIn("adam", "wrong " + i, "/agent").status()).isEqualTo(401);
    }
    Browser.Response locked = browser.signIn("adam", DeskServer.PASSWORD, "/agent");

    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.header("Retry-After")).isPresent();
    assertThat(locked.body()).contains("Te veel mislukte pogingen");
    assertThat(locked.headers("Set-Cookie")).noneMatch(c -> c.startsWith("kb_session="));
  }

  private static String sessionCookie(Browser browser) {
    return browser.cookie("kb_session").orElseThrow();
  }
}
