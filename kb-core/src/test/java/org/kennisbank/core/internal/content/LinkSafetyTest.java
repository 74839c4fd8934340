package org.kennisbank.core.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.ContentProblem;

/** Issue 7 and 12 item 4: only http, https, mailto, tel and internal links, in front matter and body. */
class LinkSafetyTest {

  private final ArticleParser parser = new ArticleParser();

  private List<String> problems(String text) {
    return parser.parse(Articles.FILE, text).problems().stream().map(ContentProblem::toString).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(document.cookie)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "vbscript:msgbox(1)", "ftp://example.nl/x", "/artikelen/paspoort"})
  void source_must_be_an_http_or_https_address(String value) {
    ArticleParser.Outcome outcome = parser.parse(Articles.FILE, Articles.GOOD.replace("source: https://www.example.nl/grofvuil", "source: \"" + value + "\""));

    assertThat(outcome.article()).isEmpty();
    assertThat(outcome.problems()).map(ContentProblem::toString).containsExactly(
        Articles.FILE + ":13: source: '" + value + "' is not an http or https address; write a full URL such as https://www.example.nl/pagina");
  }

  @Test
  void upl_must_be_an_http_or_https_address() {
    assertThat(problems(Articles.GOOD.replace("upl: http://standaarden", "upl: javascript://standaarden")))
        .containsExactly(Articles.FILE + ":9: upl: 'javascript://standaarden.overheid.nl/owms/terms/afvalinzameling-grofvuil'"
            + " is not an http or https address; write a full URL such as https://www.example.nl/pagina");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](&#106;avascript:alert(1))", "[x](&#x6A;avascript:alert(1))",
      "[x](java&#x09;script:alert(1))", "[x](<javascript:alert(1)>)", "[x](data:text/html;base64,PHNjcmlwdD4=)",
      "[x](vbscript:msgbox(1))", "<javascript:alert(1)>", "![x](javascript:alert(1))", "[x](%6Aavascript:alert(1))",
      "[x][r]\n\n[r]: javascript:alert(1)", "[x](\\javascript:alert(1))", "[x](&Tab;javascript:alert(1))"})
  void a_body_link_with_a_refused_scheme_is_an_error_with_its_line_and_renders_as_text(String markdown) {
    ArticleParser.Outcome outcome = parser.parse(Articles.FILE, Articles.withText(markdown));

    assertThat(outcome.article()).isEmpty();
    assertThat(outcome.problems()).isNotEmpty().allSatisfy(problem -> {
      assertThat(problem.line()).isBetween(Articles.FIRST_TEXT_LINE, Articles.FIRST_TEXT_LINE + 2);
      assertThat(problem.message()).contains("is not allowed; use an http, https, mailto or tel address");
    });
    String html = MarkdownBody.toHtml(markdown);
    assertThat(html.toLowerCase()).doesNotContain("href=\"javascript", "href=\"data", "href=\"vbscript", "src=\"javascript", "href=\"java");
    assertThat(html).doesNotContainPattern("(?i)<a [^>]*href=\"[^\"/#]*script");
  }

  @Test
  void refused_links_render_as_their_text_and_allowed_links_stay_links() {
    assertThat(MarkdownBody.toHtml("Zie [de site](javascript:alert(1)) of <javascript:alert(2)>."))
        .isEqualTo("<p>Zie de site of javascript:alert(2).</p>");
    assertThat(MarkdownBody.toHtml("[a](https://example.nl) [b](http://example.nl) [c](mailto:kcc@example.nl) [d](tel:+31201234567)"
        + " [e](kb:paspoort) [f](/artikelen/x) [g](#kosten) [h](formulier.pdf) <https://example.nl/y>"))
        .contains("href=\"https://example.nl\"", "href=\"http://example.nl\"", "href=\"mailto:kcc@example.nl\"",
            "href=\"tel:+31201234567\"", "href=\"/artikelen/paspoort\"", "href=\"/artikelen/x\"", "href=\"#kosten\"",
            "href=\"formulier.pdf\"", "href=\"https://example.nl/y\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>",
      "<a href=\"javascript:alert(1)\">x</a>", "<div onclick=\"alert(1)\">x</div>", "<svg onload=alert(1)>",
      "Tekst <b onmouseover=alert(1)>vet</b> tekst", "<!-- <script>alert(1)</script> -->", "<style>body{}</style>"})
  void raw_html_in_markdown_is_shown_as_text_never_as_markup(String markdown) {
    String html = MarkdownBody.toHtml(markdown);

    assertThat(html).doesNotContain("<script", "<img", "<iframe", "<a ", "<div", "<svg", "<b ", "<style", "<!--");
    assertThat(html).contains("&lt;");
  }

  @Test
  void the_last_check_cleans_html_that_is_not_on_the_safelist() {
    assertThat(SafeHtml.ensureSafe("<p><a href=\"/artikelen/x\">x</a> <strong>y</strong></p>"))
        .isEqualTo("<p><a href=\"/artikelen/x\">x</a> <strong>y</strong></p>");
    assertThat(SafeHtml.ensureSafe("<p onclick=\"alert(1)\">x<script>alert(1)</script><a href=\"JaVa&#115;cript:alert(1)\">y</a></p>"))
        .doesNotContain("onclick", "script", "href");
  }

  @Test
  void url_policy_sees_the_scheme_a_browser_sees() {
    assertThat(UrlPolicy.isAllowedLink(" java\u0000script:alert(1)")).isFalse();
    assertThat(UrlPolicy.isAllowedLink("java\u200Bscript:alert(1)")).isFalse();
    assertThat(UrlPolicy.isAllowedLink("\tJAVASCRIPT:alert(1)")).isFalse();
    assertThat(UrlPolicy.isAllowedLink("pagina/met:dubbelepunt")).isTrue();
    assertThat(UrlPolicy.isAllowedLink("?q=a:b")).isTrue();
    assertThat(UrlPolicy.isAllowedLink("HTTPS://example.nl")).isTrue();
    assertThat(UrlPolicy.isWebAddress("https://www.rijksoverheid.nl/onderwerpen")).isTrue();
    assertThat(UrlPolicy.isWebAddress("https:/pad")).isFalse();
  }
}
