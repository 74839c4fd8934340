package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Request parameters mean one thing: ASCII whole numbers, one value where one is read. */
class ParamsTest {

  private static final TestServer server = TestServer.bundled();

  private static String message(TestServer.Response response) throws Exception {
    return response.json().get("message").asText();
  }

  @Test
  void non_ascii_digits_are_not_numbers() throws Exception {
    for (String digits : new String[] {"١", "٢", "۳", "２", "１０", "߁", "१"}) {
      TestServer.Response page = server.get("/api/search?q=paspoort&page=" + TestServer.q(digits));
      TestServer.Response limit = server.get("/api/suggest?q=pas&limit=" + TestServer.q(digits));

      assertThat(page.status()).as(digits).isEqualTo(400);
      assertThat(message(page)).as(digits).isEqualTo("parameter 'page' must be a whole number; got '" + digits + "'");
      assertThat(limit.status()).as(digits).isEqualTo(400);
      assertThat(message(limit)).as(digits).contains("parameter 'limit' must be a whole number");
    }
  }

  @Test
  void ascii_numbers_with_spaces_or_sign_still_read() throws Exception {
    assertThat(server.get("/api/search?q=paspoort&page=" + TestServer.q(" 2 ")).json().get("page").asInt()).isEqualTo(2);
    assertThat(server.get("/api/search?q=paspoort&size=%2B3").json().get("size").asInt()).isEqualTo(3);
    assertThat(message(server.get("/api/search?q=paspoort&page=99999999999999999999")))
        .isEqualTo("parameter 'page' must be a whole number; got '99999999999999999999'");
    assertThat(message(server.get("/api/search?q=paspoort&page=9999999999")))
        .isEqualTo("parameter 'page' must be between 1 and 1000; got 9999999999");
  }

  @Test
  void a_parameter_read_once_is_refused_when_repeated() throws Exception {
    String[][] cases = {
        {"/api/search?q=paspoort&page=1&page=2", "page"},
        {"/api/search?q=a&q=b", "q"},
        {"/api/search?q=paspoort&size=1&size=1", "size"},
        {"/api/search?q=paspoort&typing=true&typing=false", "typing"},
        {"/api/suggest?q=pas&limit=1&limit=2", "limit"},
        {"/api/suggest?q=pas&q=rijb", "q"},
    };
    for (String[] c : cases) {
      TestServer.Response response = server.get(c[0]);

      assertThat(response.status()).as(c[0]).isEqualTo(400);
      assertThat(message(response)).as(c[0]).isEqualTo("parameter '" + c[1] + "' may be given once; got it 2 times");
    }
  }

  @Test
  void repeated_parameter_on_a_page_is_a_page_that_names_it() throws Exception {
    TestServer.Response response = server.get("/zoeken?q=paspoort&page=1&page=2");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("text/html");
    assertThat(response.body()).contains("parameter 'page' may be given once");
  }

  @Test
  void the_documented_filters_still_repeat() throws Exception {
    TestServer.Response response = server.get("/api/search?q=vergunning&type=product&type=faq&audience=particulier"
        + "&audience=ondernemer&theme=vergunningen&theme=belastingen");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  @Test
  void invalid_percent_encoding_in_a_path_parameter_is_a_400_in_the_route_groups_shape() throws Exception {
    String api = server.raw("GET /api/articles/%u003Cpaspoort HTTP/1.1");
    String page = server.raw("GET /artikelen/%u003C%2e%2e HTTP/1.1");

    assertThat(api).startsWith("HTTP/1.1 400 ")
        .endsWith("{\"status\":400,\"message\":\"the path is not valid percent-encoding: every % must be followed by two hex digits\"}");
    assertThat(page).startsWith("HTTP/1.1 400 ").contains("text/html").contains("the path is not valid percent-encoding");
  }
}
