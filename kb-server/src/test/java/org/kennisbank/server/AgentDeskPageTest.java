package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.core.Article;
import org.kennisbank.core.Channel;
import org.kennisbank.core.Section;

/**
 * The agent desktop over HTTP, without a browser: the page is for agents only (anyone else is sent
 * to sign in), and neither the page nor its scripts and stylesheet carry any article's internal
 * text to anyone.
 */
class AgentDeskPageTest {

  private static final List<String> ASSETS = List.of("desk.js", "api.js", "dom.js", "search.js", "article.js",
      "reports.js", "messages.js", "desk.css");

  private final TestServer server = TestServer.bundled();

  @Test
  void anonymous_user_is_sent_to_sign_in_and_back() throws Exception {
    TestServer.Response response = server.get("/agent");
    assertThat(response.status()).isEqualTo(303);
    assertThat(response.header("Location")).contains("/inloggen?terug=%2Fagent");
    assertThat(response.header("Cache-Control")).contains("no-store");
    assertNoInternalText(response.body());
  }

  @Test
  void signed_in_agent_gets_the_page_with_name_csrf_token_and_sign_out(@TempDir Path folder) throws Exception {
    try (TestServer desk = DeskServer.start(folder)) {
      Browser agent = new Browser(desk.port()).signedIn(DeskServer.AGENT, DeskServer.PASSWORD);
      Browser.Response page = agent.get("/agent");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("<meta name=\"csrf-token\" content=\"" + agent.csrfToken() + "\">",
          "Anna de Vries", "action=\"/uitloggen\"");
      assertNoInternalText(page.body());
    }
  }

  @Test
  void agent_gets_the_desktop_page_without_article_text() throws Exception {
    TestServer.Response response = server.get("/agent", "Authorization", "Bearer " + TestServer.TOKEN);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("text/html");
    assertThat(response.body()).contains("id=\"zoekvak\"", "role=\"combobox\"", "name=\"csrf-token\"",
        "/agent/assets/desk.js");
    assertThat(response.body()).doesNotContain("<script>", "onclick=", "style=");
    assertNoInternalText(response.body());
  }

  @Test
  void scripts_and_stylesheet_carry_no_internal_text_to_anyone() throws Exception {
    for (String name : ASSETS) {
      TestServer.Response response = server.get("/agent/assets/" + name);
      assertThat(response.status()).as(name).isEqualTo(200);
      assertThat(response.contentType()).as(name).startsWith(name.endsWith(".css") ? "text/css" : "text/javascript");
      assertNoInternalText(response.body());
    }
  }

  @Test
  void unknown_asset_is_not_found() throws Exception {
    assertThat(server.get("/agent/assets/secret.js").status()).isEqualTo(404);
    assertThat(server.get("/agent/assets/..%2Fdesk.jte").status()).isIn(400, 404);
  }

  /** No line of any article's internal part (at least 25 characters, so not a bare heading) appears. */
  private void assertNoInternalText(String body) {
    Set<String> seen = new java.util.HashSet<>();
    for (Article article : server.kb().articles(Channel.AGENT)) {
      for (Section section : article.internal()) {
        section.markdown().lines().map(String::strip).filter(line -> line.length() >= 25).filter(seen::add)
            .forEach(line -> assertThat(body).as("internal text of %s", article.id()).doesNotContain(line));
      }
    }
    assertThat(seen).as("internal lines checked").hasSizeGreaterThan(100);
  }
}
