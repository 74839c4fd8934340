package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write with a session cookie must carry the session's CSRF token; one with the bearer token needs none. */
class CsrfTest {

  private static final String LINK = "{\"articleId\":\"paspoort\",\"channel\":\"phone\"}";
  @TempDir static Path folder;
  private static TestServer server;
  private static Browser agent;

  @BeforeAll
  static void start() throws Exception {
    server = DeskServer.start(folder);
    agent = new Browser(server.port()).signedIn(DeskServer.AGENT, DeskServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_session_write_without_the_token_is_refused_with_403() throws Exception {
    Browser.Response response = agent.json("POST", "/api/agent/links", LINK);

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("message").asText()).contains("CSRF", "X-CSRF-Token");
  }

  @Test
  void a_session_write_with_another_token_is_refused_with_403() throws Exception {
    Browser other = new Browser(server.port()).signedIn(DeskServer.EDITOR, DeskServer.PASSWORD);

    assertThat(agent.json("POST", "/api/agent/links", LINK, "X-CSRF-Token", other.csrfToken()).status()).isEqualTo(403);
    assertThat(agent.json("POST", "/api/agent/links", LINK, "X-CSRF-Token", "").status()).isEqualTo(403);
    assertThat(agent.json("PATCH", "/api/editor/feedback/x", "{}", "X-CSRF-Token", "nope").status()).isEqualTo(403);
  }

  @Test
  void a_session_write_with_its_token_goes_through() throws Exception {
    assertThat(agent.json("POST", "/api/agent/links", LINK, "X-CSRF-Token", agent.csrfToken()).status()).isEqualTo(201);
  }

  @Test
  void a_token_in_a_json_body_field_does_not_count() throws Exception {
    String body = "{\"articleId\":\"paspoort\",\"channel\":\"phone\",\"_csrf\":\"" + agent.csrfToken() + "\"}";
    assertThat(agent.json("POST", "/api/agent/links", body).status()).isEqualTo(403);
  }

  @Test
  void reads_need_no_token() throws Exception {
    assertThat(agent.get("/api/agent/messages").status()).isEqualTo(200);
  }

  @Test
  void a_bearer_write_needs_no_token() throws Exception {
    Browser machine = new Browser(server.port());
    assertThat(machine.json("POST", "/api/agent/links", LINK, "Authorization", "Bearer " + TestServer.TOKEN).status()).isEqualTo(201);
  }
}
