package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The website's search page over the bundled content: filters, facets and page links. */
class WebsiteTest {

  private static final String THEME = "grofvuil-en-leefomgeving";
  private static final TestServer server = TestServer.bundled();

  private static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher matcher = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (matcher.find()) {
      links.add(matcher.group(1).replace("&amp;", "&"));
    }
    return links;
  }

  @Test
  void page_links_keep_the_active_filters() throws Exception {
    String page = server.get("/zoeken?q=kliko+kapot&theme=" + THEME).body();

    List<String> pageLinks = links(page).stream().filter(link -> link.contains("page=")).toList();
    assertThat(pageLinks).isNotEmpty()
        .allSatisfy(link -> assertThat(link).startsWith("/zoeken?q=kliko+kapot&theme=" + THEME + "&page="));
  }

  @Test
  void second_page_links_back_to_the_first_with_the_filters() throws Exception {
    String page = server.get("/zoeken?q=kliko+kapot&theme=" + THEME + "&page=2").body();

    assertThat(links(page)).contains("/zoeken?q=kliko+kapot&theme=" + THEME);
    assertThat(page).contains("<strong>2</strong>");
  }

  @Test
  void active_filter_is_shown_by_its_title_with_a_link_that_removes_it() throws Exception {
    String page = server.get("/zoeken?q=kliko+kapot&theme=" + THEME + "&type=product").body();

    assertThat(page).contains("Thema: Afval, straat en buitenruimte").contains("Soort: Product");
    assertThat(links(page)).contains("/zoeken?q=kliko+kapot&type=product", "/zoeken?q=kliko+kapot&theme=" + THEME);
  }

  @Test
  void facets_show_theme_titles_and_add_to_the_active_filters() throws Exception {
    String page = server.get("/zoeken?q=aanvragen&type=product").body();

    assertThat(page).contains("Vergunningen en ontheffingen (").doesNotContain(">vergunningen (");
    assertThat(links(page)).contains("/zoeken?q=aanvragen&theme=vergunningen&type=product");
  }

  @Test
  void did_you_mean_keeps_the_filters() throws Exception {
    String page = server.get("/zoeken?q=paspoortt&theme=identiteit-en-reizen").body();

    assertThat(links(page)).anySatisfy(link -> assertThat(link).contains("&theme=identiteit-en-reizen"));
  }

  @Test
  void pages_use_the_stylesheet_file_and_show_product_codes_as_links() throws Exception {
    String article = server.get("/artikelen/paspoort").body();
    TestServer.Response css = server.get("/assets/site.css");

    assertThat(article).contains("href=\"/assets/site.css\"")
        .contains("<a href=\"http://standaarden.overheid.nl/owms/terms/paspoort\">");
    assertThat(css.contentType()).startsWith("text/css");
    assertThat(css.body()).contains("header.site");
  }
}
