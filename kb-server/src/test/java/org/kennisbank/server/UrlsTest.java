package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Audience;
import org.kennisbank.core.SearchFilters;
import org.kennisbank.server.http.Urls;

class UrlsTest {

  @Test
  void search_url_carries_every_filter_in_a_stable_order_and_page_2_on() {
    SearchFilters filters = SearchFilters.NONE
        .withThemes(List.of("vergunningen", "belastingen"))
        .withTypes(List.of(ArticleType.PRODUCT))
        .withAudiences(List.of(Audience.fromId("ondernemer").orElseThrow()));

    assertThat(Urls.search("kliko kapot", filters, 2))
        .isEqualTo("/zoeken?q=kliko+kapot&theme=belastingen&theme=vergunningen&type=product&audience=ondernemer&page=2");
    assertThat(Urls.search("a&b=c", SearchFilters.NONE, 1)).isEqualTo("/zoeken?q=a%26b%3Dc");
  }

  @Test
  void article_and_theme_urls_are_built_in_one_place() {
    assertThat(Urls.article("paspoort")).isEqualTo("/artikelen/paspoort");
    assertThat(Urls.theme("belastingen")).isEqualTo("/themas/belastingen");
  }

  @Test
  void only_http_and_https_addresses_become_links() {
    assertThat(Urls.externalLink("https://www.rijksoverheid.nl/x")).contains("https://www.rijksoverheid.nl/x");
    assertThat(Urls.externalLink(" HTTP://example.org ")).contains("HTTP://example.org");
    for (String unsafe : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "data:text/html,<b>",
        "vbscript:x", "//evil.example", "http://evil.example/\u0000x", "https://a b", "")) {
      assertThat(Urls.externalLink(unsafe)).as(unsafe).isEmpty();
    }
  }

  @Test
  void api_paths_are_told_from_website_paths() {
    assertThat(List.of("/api", "/api/search", "/api/agent/x", "/health")).allMatch(Urls::isApi);
    assertThat(List.of("/", "/apifoo", "/zoeken", "/health/x", "/robots.txt")).noneMatch(Urls::isApi);
  }
}
