package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.Article;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.Section;

/** The HTTP API and the website on a real server on a free port, over the bundled content. */
class ServerTest {

  private static final String TOKEN = TestServer.TOKEN;
  private static final TestServer server = TestServer.bundled();
  private static final KnowledgeBase kb = server.kb();

  private static TestServer.Response get(String path, String... headers) throws Exception {
    return server.get(path, headers);
  }

  private static String q(String text) {
    return TestServer.q(text);
  }

  /** Every sentence-sized piece of the internal part of every article that the public text does not also say. */
  private static List<String> internalFragments() {
    StringBuilder publicText = new StringBuilder();
    for (Article article : kb.articles(Channel.PUBLIC)) {
      publicText.append(article.summary()).append('\n');
      article.sections().forEach(section -> publicText.append(section.markdown()).append('\n'));
    }
    List<String> fragments = new ArrayList<>();
    for (Article article : kb.articles(Channel.AGENT)) {
      for (Section section : article.internal()) {
        for (String line : section.markdown().split("\n")) {
          String text = line.replaceAll("^[-*\\d.\\s]+", "").strip();
          if (text.length() >= 40 && !text.contains("kb:") && !text.contains("](")
              && publicText.indexOf(text.substring(0, 40)) < 0) {
            fragments.add(text.substring(0, 40));
          }
        }
      }
    }
    return fragments;
  }

  @Test
  void search_returns_the_paspoort_article_first() throws Exception {
    TestServer.Response response = get("/api/search?q=paspoort");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode json = response.json();
    assertThat(json.get("hits").get(0).get("id").asText()).isEqualTo("paspoort");
    assertThat(json.get("hits").get(0).get("url").asText()).isEqualTo("/artikelen/paspoort");
    assertThat(json.get("total").asLong()).isGreaterThan(1);
    assertThat(json.get("facets").get("theme").get(0).get("value").asText()).isEqualTo("identiteit-en-reizen");
  }

  @Test
  void search_json_has_a_stable_field_order() throws Exception {
    String first = get("/api/search?q=paspoort").body();
    String second = get("/api/search?q=paspoort").body();

    assertThat(first).isEqualTo(second).startsWith("{\"query\":\"paspoort\",\"total\":");
  }

  @Test
  void search_filters_by_theme_and_type() throws Exception {
    JsonNode json = get("/api/search?q=aanvragen&theme=vergunningen&type=product&size=50").json();

    assertThat(json.get("hits").size()).isPositive();
    json.get("hits").forEach(hit -> {
      assertThat(hit.get("type").asText()).isEqualTo("product");
      assertThat(hit.get("themes").toString()).contains("vergunningen");
    });
  }

  @Test
  void special_characters_in_the_query_are_answered_not_refused() throws Exception {
    for (String query : List.of("\"", "(", ")", "AND", "OR", "*", "~", "paspoort~2", "[", "{", "\\", "title:x", "&&", "!")) {
      assertThat(get("/api/search?q=" + q(query)).status()).as(query).isEqualTo(200);
    }
  }

  @Test
  void bad_parameters_get_400_with_a_message_that_names_them() throws Exception {
    TestServer.Response page = get("/api/search?q=paspoort&page=0");
    TestServer.Response size = get("/api/search?q=paspoort&size=abc");
    TestServer.Response theme = get("/api/search?q=paspoort&theme=sport");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.json().get("message").asText()).isEqualTo("parameter 'page' must be between 1 and 1000; got 0");
    assertThat(size.json().get("message").asText()).isEqualTo("parameter 'size' must be a whole number; got 'abc'");
    assertThat(theme.json().get("message").asText()).startsWith("parameter 'theme' has unknown value 'sport' (known: ");
  }

  @Test
  void unknown_article_gets_404_json() throws Exception {
    TestServer.Response response = get("/api/articles/bestaat-niet");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("message").asText()).isEqualTo("no article with id 'bestaat-niet'");
  }

  @Test
  void public_article_has_rendered_sections_and_no_internal_text() throws Exception {
    TestServer.Response response = get("/api/articles/paspoort");
    JsonNode json = response.json();

    assertThat(json.get("title").asText()).isEqualTo("Paspoort");
    assertThat(json.get("sections").get(0).get("html").asText()).startsWith("<p>");
    assertThat(json.has("internal")).isFalse();
    Article agentView = kb.article("paspoort", Channel.AGENT).orElseThrow();
    for (Section section : agentView.internal()) {
      assertThat(response.body()).doesNotContain(section.markdown().substring(0, 30));
    }
  }

  @Test
  void no_public_endpoint_or_page_shows_internal_text() throws Exception {
    List<String> fragments = internalFragments();
    assertThat(fragments).hasSizeGreaterThan(50);
    List<String> bodies = new ArrayList<>();
    for (Article article : kb.articles(Channel.PUBLIC)) {
      bodies.add(get("/api/articles/" + article.id()).body());
      bodies.add(get("/artikelen/" + article.id()).body());
    }
    for (String word : List.of("doorverwijzen", "werkinstructie", "tweede lijn", "backoffice", "controleer")) {
      bodies.add(get("/api/search?size=100&q=" + q(word)).body());
      bodies.add(get("/zoeken?q=" + q(word)).body());
    }
    for (String body : bodies) {
      for (String fragment : fragments) {
        assertThat(body).doesNotContain(fragment);
      }
    }
  }

  @Test
  void agent_channel_refuses_requests_without_a_valid_token() throws Exception {
    TestServer.Response none = get("/api/agent/articles/paspoort");
    TestServer.Response wrong = get("/api/agent/articles/paspoort", "Authorization", "Bearer wrong");

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.json().get("message").asText()).contains("Authorization: Bearer");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("Werkinstructie");
  }

  @Test
  void agent_channel_with_the_token_returns_internal_notes_and_handling() throws Exception {
    TestServer.Response article = get("/api/agent/articles/paspoort", "Authorization", "Bearer " + TOKEN);
    TestServer.Response search = get("/api/agent/search?q=spoedprocedure", "Authorization", "Bearer " + TOKEN);

    assertThat(article.status()).isEqualTo(200);
    assertThat(article.json().get("handling").asText()).isEqualTo("first-line");
    assertThat(article.json().get("internal").get(0).get("title").asText()).isEqualTo("Afhandeling");
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.json().get("hits").get(0).has("internalSnippet")).isTrue();
  }

  @Test
  void agent_channel_is_closed_when_no_token_is_configured() throws Exception {
    try (TestServer closed = new TestServer(kb, null)) {
      TestServer.Response response = closed.get("/api/agent/search?q=paspoort", "Authorization", "Bearer anything");

      assertThat(response.status()).isEqualTo(403);
      assertThat(response.body()).contains("the agent channel is closed");
    }
  }

  @Test
  void suggest_completes_while_typing() throws Exception {
    JsonNode json = get("/api/suggest?q=paspo").json();

    assertThat(json.get("suggestions").get(0).get("id").asText()).isEqualTo("paspoort");
  }

  @Test
  void themes_lists_the_eight_themes() throws Exception {
    JsonNode json = get("/api/themes").json();

    assertThat(json.size()).isEqualTo(8);
    json.forEach(theme -> assertThat(theme.get("articles").asInt()).isPositive());
  }

  @Test
  void health_reports_the_content_and_its_problems_to_an_admin() throws Exception {
    JsonNode json = get("/api/admin/health", "Authorization", "Bearer " + TestServer.ADMIN_TOKEN).json();

    assertThat(json.get("articles").asInt()).isEqualTo(kb.size());
    assertThat(json.get("content").asText()).isEqualTo("classpath:kennisbank");
    assertThat(json.get("errors").asLong()).isZero();
  }

  @Test
  void website_renders_home_search_article_and_theme_pages() throws Exception {
    TestServer.Response home = get("/");
    TestServer.Response search = get("/zoeken?q=" + q("paspoort <b>"));
    TestServer.Response article = get("/artikelen/paspoort");
    TestServer.Response theme = get("/themas/identiteit-en-reizen");
    TestServer.Response missing = get("/artikelen/bestaat-niet");

    assertThat(home.contentType()).startsWith("text/html");
    assertThat(home.body()).contains("href=\"/themas/belastingen\"");
    assertThat(search.body()).contains("href=\"/artikelen/paspoort\"").contains("paspoort &lt;b&gt;").doesNotContain("paspoort <b>");
    assertThat(article.body()).contains("<h1>Paspoort</h1>").contains("<h2>Kosten</h2>");
    assertThat(theme.body()).contains("href=\"/artikelen/identiteitskaart\"");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("text/html");
  }

  @Test
  void unknown_endpoint_gets_404_json() throws Exception {
    TestServer.Response response = get("/api/nothing");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("status").asInt()).isEqualTo(404);
  }
}
