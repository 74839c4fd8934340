package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Errors take the shape of their route group: JSON for the API and /health, a page for the website. */
class ErrorResponsesTest {

  private static final TestServer server = TestServer.bundled();

  @Test
  void unknown_api_route_answers_the_documented_status_and_message_only() throws Exception {
    TestServer.Response response = server.get("/api/nothing");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.body()).isEqualTo("{\"status\":404,\"message\":\"no such endpoint: GET /api/nothing\"}");
  }

  @Test
  void unknown_website_path_answers_an_html_page() throws Exception {
    TestServer.Response response = server.get("/bestaat/niet");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("text/html");
    assertThat(response.body()).contains("<h1>Niet gevonden</h1>").contains("href=\"/\"");
  }

  @Test
  void robots_txt_is_a_text_file_that_keeps_crawlers_out_of_the_api() throws Exception {
    TestServer.Response response = server.get("/robots.txt");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("text/plain");
    assertThat(response.body()).contains("User-agent: *").contains("Disallow: /api/");
  }

  @Test
  void favicon_is_an_svg_image_at_both_addresses() throws Exception {
    for (String path : new String[] {"/favicon.ico", "/favicon.svg"}) {
      TestServer.Response response = server.get(path);

      assertThat(response.status()).as(path).isEqualTo(200);
      assertThat(response.contentType()).as(path).startsWith("image/svg+xml");
      assertThat(response.body()).as(path).startsWith("<svg");
    }
  }

  @Test
  void head_on_a_page_says_html() throws Exception {
    TestServer.Response home = server.send("HEAD", "/");
    TestServer.Response article = server.send("HEAD", "/artikelen/paspoort");

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.contentType()).startsWith("text/html");
    assertThat(article.contentType()).startsWith("text/html");
    assertThat(home.body()).isEmpty();
  }

  @Test
  void head_on_the_api_answers_like_get_without_a_body() throws Exception {
    TestServer.Response health = server.send("HEAD", "/health");
    TestServer.Response search = server.send("HEAD", "/api/search?q=paspoort");
    TestServer.Response agent = server.send("HEAD", "/api/agent/search?q=paspoort");

    assertThat(health.status()).isEqualTo(200);
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.contentType()).startsWith("application/json");
    assertThat(search.body()).isEmpty();
    assertThat(agent.status()).isEqualTo(401);
  }

  @Test
  void wrong_method_answers_405_in_the_shape_of_the_route_group() throws Exception {
    TestServer.Response api = server.send("POST", "/api/search?q=paspoort");
    TestServer.Response page = server.send("POST", "/zoeken?q=paspoort");

    assertThat(api.status()).isEqualTo(405);
    assertThat(api.body()).isEqualTo("{\"status\":405,\"message\":\"method POST is not allowed on /api/search; use GET\"}");
    assertThat(page.status()).isEqualTo(405);
    assertThat(page.contentType()).startsWith("text/html");
  }

  @Test
  void bad_parameter_on_a_website_page_answers_a_page_that_names_it() throws Exception {
    TestServer.Response response = server.get("/zoeken?q=paspoort&page=nul");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("text/html");
    assertThat(response.body()).contains("parameter 'page' must be a whole number");
  }

  @Test
  void requests_jetty_cannot_read_get_our_shapes_not_jettys_page() throws Exception {
    String badPath = server.raw("GET /api/a%2 HTTP/1.1");
    TestServer.Response tooLong = server.get("/zoeken?q=" + "a".repeat(20_000));
    TestServer.Response bigHeader = server.get("/artikelen/paspoort", "X-Filler", "a".repeat(20_000));

    assertThat(badPath).startsWith("HTTP/1.1 400 ").contains("Content-Type: application/json").endsWith("{\"status\":400,\"message\":\"the request could not be read: Bad Request\"}");
    assertThat(tooLong.status()).isEqualTo(414);
    assertThat(tooLong.json().get("status").asInt()).isEqualTo(414);
    assertThat(bigHeader.status()).isEqualTo(431);
    assertThat(bigHeader.contentType()).startsWith("text/html");
    assertThat(bigHeader.body()).contains("Dit adres kunnen wij niet lezen.").doesNotContain("Jetty", "<h2>HTTP ERROR");
    assertThat(bigHeader.header("X-Frame-Options")).contains("DENY");
  }

  @Test
  void agent_refusal_keeps_its_challenge_header() throws Exception {
    TestServer.Response none = server.get("/api/agent/search?q=paspoort");
    TestServer.Response wrong = server.get("/api/agent/search?q=paspoort", "Authorization", "Bearer nope");

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).contains("Bearer");
    assertThat(none.body()).isEqualTo("{\"status\":401,\"message\":\"the agent channel needs the header 'Authorization: Bearer <token>'\"}");
    assertThat(wrong.header("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
  }
}
