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
  void agent_refusal_keeps_its_challenge_header() throws Exception {
    TestServer.Response none = server.get("/api/agent/search?q=paspoort");
    TestServer.Response wrong = server.get("/api/agent/search?q=paspoort", "Authorization", "Bearer nope");

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).contains("Bearer");
    assertThat(none.body()).isEqualTo("{\"status\":401,\"message\":\"the agent channel needs the header 'Authorization: Bearer <token>'\"}");
    assertThat(wrong.header("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
  }
}
