package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every response carries the browser protections; agent answers are never cached. */
class SecurityHeadersTest {

  private static final String TOKEN = TestServer.TOKEN;
  private static final TestServer server = TestServer.bundled();

  @Test
  void every_response_has_a_strict_policy_without_inline_script() throws Exception {
    for (String path : List.of("/", "/zoeken?q=paspoort", "/artikelen/paspoort", "/api/search?q=paspoort",
        "/health", "/bestaat-niet", "/api/bestaat-niet", "/assets/site.css", "/assets/widget/chat.js", "/api/agent/search?q=x")) {
      TestServer.Response response = server.get(path);

      assertThat(response.header("Content-Security-Policy")).as(path).hasValueSatisfying(policy -> assertThat(policy)
          .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
          .doesNotContain("unsafe-inline", "unsafe-eval"));
      assertThat(response.header("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(response.header("X-Frame-Options")).as(path).contains("DENY");
      assertThat(response.header("Referrer-Policy")).as(path).isPresent();
    }
  }

  @Test
  void agent_answers_and_refusals_are_not_stored() throws Exception {
    TestServer.Response answer = server.get("/api/agent/articles/paspoort", "Authorization", "Bearer " + TOKEN);
    TestServer.Response refusal = server.get("/api/agent/articles/paspoort");
    TestServer.Response publicAnswer = server.get("/api/articles/paspoort");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Cache-Control")).contains("no-store");
    assertThat(refusal.header("Cache-Control")).contains("no-store");
    assertThat(publicAnswer.header("Cache-Control")).isEmpty();
  }

  @Test
  void pages_carry_no_inline_script_or_style_for_the_policy_to_block() throws Exception {
    for (String path : List.of("/", "/zoeken?q=kliko+kapot&theme=grofvuil-en-leefomgeving", "/artikelen/paspoort",
        "/themas/belastingen", "/bestaat-niet")) {
      String body = server.get(path).body();
      assertThat(body).as(path).doesNotContain("style=", " onclick=", "<style");
      assertThat(org.jsoup.Jsoup.parse(body).select("script")).as(path + ": only the widget's module, no inline script")
          .singleElement().satisfies(script -> assertThat(ResponseRules.isWidgetScript(script)).isTrue());
    }
  }
}
