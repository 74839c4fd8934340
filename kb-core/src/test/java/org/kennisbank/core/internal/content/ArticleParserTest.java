package org.kennisbank.core.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.Article;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Audience;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.Handling;

class ArticleParserTest {

  private static final String GOOD = """
      ---
      id: grofvuil
      type: product
      title: Grofvuil ophalen
      summary: >-
        Grofvuil laat u gratis ophalen
        op afspraak.
      themes: [grofvuil-en-leefomgeving]
      audience: [particulier, ondernemer]
      keywords: [grof afval, bank weggooien]
      upl: http://standaarden.overheid.nl/owms/terms/afvalinzameling-grofvuil
      related: [afvalkalender]
      handling: first-line
      owner: Afvalbedrijf
      review: 2027-01-15
      published: 2025-01-01
      ---

      ## Wat is het

      Afval dat niet in de **container** past. Zie [de kalender](kb:afvalkalender).

      ## Kosten

      Gratis.

      ## Intern

      ### Afhandeling

      Eerste lijn.

      ### Werkinstructie

      Maximaal 2 m3.
      """;

  private final ArticleParser parser = new ArticleParser();

  private List<String> problems(String file, String text) {
    return parser.parse(file, text).problems().stream().map(ContentProblem::toString).toList();
  }

  private static String replace(String from, String to) {
    return GOOD.replace(from, to);
  }

  @Test
  void good_article_reads_every_field() {
    ArticleParser.Outcome outcome = parser.parse("articles/grofvuil.md", GOOD);

    assertThat(outcome.problems()).isEmpty();
    Article article = outcome.article().orElseThrow();
    assertThat(article.id()).isEqualTo("grofvuil");
    assertThat(article.type()).isEqualTo(ArticleType.PRODUCT);
    assertThat(article.summary()).isEqualTo("Grofvuil laat u gratis ophalen op afspraak.");
    assertThat(article.audiences()).containsExactly(Audience.PARTICULIER, Audience.ONDERNEMER);
    assertThat(article.keywords()).containsExactly("grof afval", "bank weggooien");
    assertThat(article.handling()).contains(Handling.FIRST_LINE);
    assertThat(article.review()).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(article.published()).contains(LocalDate.of(2025, 1, 1));
    assertThat(article.sections()).extracting("title").containsExactly("Wat is het", "Kosten");
    assertThat(article.internal()).extracting("title").containsExactly("Afhandeling", "Werkinstructie");
    assertThat(outcome.linkedIds()).containsExactly("afvalkalender");
  }

  @Test
  void theme_article_must_be_a_known_theme_and_is_warned_when_its_title_differs() {
    String theme = GOOD.replace("id: grofvuil", "id: grofvuil-en-leefomgeving").replace("type: product", "type: theme");

    assertThat(problems("articles/grofvuil-en-leefomgeving.md", theme))
        .anyMatch(p -> p.contains(":4: title: differs from the theme's title 'Afval, straat en buitenruimte'"));
    assertThat(problems("articles/afvalzaken.md", theme.replace("id: grofvuil-en-leefomgeving", "id: afvalzaken")))
        .anyMatch(p -> p.contains("a theme article's id must be a theme (known: vragen-en-klagen,"));
  }

  @Test
  void questions_are_read_with_white_space_normalised() {
    Article article = parser.parse("articles/grofvuil.md", replace("keywords: [grof afval, bank weggooien]",
        "keywords: [grof afval, bank weggooien]\nquestions:\n  - Mijn oude bank moet weg,   hoe doe ik dat?\n  - Wat kost het ophalen van grofvuil?"))
        .article().orElseThrow();

    assertThat(article.questions()).containsExactly("Mijn oude bank moet weg, hoe doe ik dat?", "Wat kost het ophalen van grofvuil?");
    assertThat(article.publicView().questions()).isEqualTo(article.questions());
  }

  @Test
  void questions_that_are_too_many_too_long_or_repeated_are_reported_on_the_field_line() {
    String many = "questions:\n" + "  - Waar kan dat?\n".repeat(11) + "  - Wanneer?";
    String longOne = "questions:\n  - " + "Hoe ".repeat(60) + "?";
    String repeated = "questions:\n  - Hoe vraag ik het aan?\n  - hoe vraag ik het aan";

    assertThat(problems("articles/grofvuil.md", replace("keywords: [grof afval, bank weggooien]", many)))
        .anyMatch(p -> p.contains(":10: questions: has 12 questions; at most 10 are allowed"));
    assertThat(problems("articles/grofvuil.md", replace("keywords: [grof afval, bank weggooien]", longOne)))
        .anyMatch(p -> p.contains(":10: questions: ") && p.contains("characters long; at most 200 are allowed"));
    assertThat(problems("articles/grofvuil.md", replace("keywords: [grof afval, bank weggooien]", repeated)))
        .anyMatch(p -> p.contains("'hoe vraag ik het aan' appears twice"));
  }

  @Test
  void body_html_rewrites_article_links_and_keeps_emphasis() {
    Article article = parser.parse("articles/grofvuil.md", GOOD).article().orElseThrow();

    assertThat(article.sections().get(0).html())
        .contains("<strong>container</strong>")
        .contains("href=\"/artikelen/afvalkalender\"");
  }

  @Test
  void internal_part_never_leaks_into_public_sections() {
    Article article = parser.parse("articles/grofvuil.md", GOOD).article().orElseThrow();

    assertThat(article.sections()).noneMatch(section -> section.markdown().contains("Maximaal 2 m3"));
    assertThat(article.publicView().internal()).isEmpty();
    assertThat(article.internal().get(1).markdown()).isEqualTo("Maximaal 2 m3.");
  }

  @Test
  void raw_html_in_markdown_is_escaped() {
    Article article = parser.parse("articles/grofvuil.md",
        replace("Gratis.", "Gratis <script>alert(1)</script>.")).article().orElseThrow();

    assertThat(article.sections().get(1).html()).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void missing_front_matter_is_an_error_on_line_1() {
    assertThat(problems("articles/grofvuil.md", "# Grofvuil\n\nTekst."))
        .containsExactly("articles/grofvuil.md:1: the file must start with YAML front matter: a line '---', the fields, and a closing line '---'");
  }

  @Test
  void invalid_yaml_names_the_line() {
    List<String> problems = problems("articles/grofvuil.md", replace("owner: Afvalbedrijf", "owner: [Afval"));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("articles/grofvuil.md:").contains("front matter is not valid YAML");
  }

  @Test
  void too_long_summary_names_file_line_and_field() {
    String longSummary = "summary: " + "a".repeat(301);
    List<String> problems = problems("articles/grofvuil.md",
        replace("summary: >-\n  Grofvuil laat u gratis ophalen\n  op afspraak.", longSummary));

    assertThat(problems).containsExactly("articles/grofvuil.md:5: summary: is 301 characters long; at most 300 are allowed");
  }

  @Test
  void missing_required_field_is_reported_and_article_left_out() {
    ArticleParser.Outcome outcome = parser.parse("articles/grofvuil.md", replace("owner: Afvalbedrijf\n", ""));

    assertThat(outcome.article()).isEmpty();
    assertThat(outcome.problems()).map(ContentProblem::toString)
        .containsExactly("articles/grofvuil.md:1: owner: is required");
  }

  @Test
  void unknown_theme_audience_type_and_handling_are_errors_with_the_known_values() {
    String text = replace("themes: [grofvuil-en-leefomgeving]", "themes: [afval]")
        .replace("audience: [particulier, ondernemer]", "audience: [burger]")
        .replace("handling: first-line", "handling: eerste-lijn");

    assertThat(problems("articles/grofvuil.md", text)).containsExactly(
        "articles/grofvuil.md:8: themes: unknown theme 'afval' (known: vragen-en-klagen, identiteit-en-reizen, zorg-en-ondersteuning, werk-en-inkomen, vergunningen, onderwijs-en-sport, grofvuil-en-leefomgeving, belastingen)",
        "articles/grofvuil.md:9: audience: unknown audience 'burger' (known: particulier, ondernemer)",
        "articles/grofvuil.md:13: handling: unknown value 'eerste-lijn' (known: first-line, second-line, back-office)");
  }

  @Test
  void bad_date_and_id_that_differs_from_file_name() {
    String text = replace("review: 2027-01-15", "review: 15-01-2027");

    assertThat(problems("articles/grof.md", text)).containsExactly(
        "articles/grof.md:2: id: 'grofvuil' must equal the file name 'grof'",
        "articles/grof.md:15: review: '15-01-2027' is not a date; write it as YYYY-MM-DD");
  }

  @Test
  void product_without_upl_is_an_error() {
    assertThat(problems("articles/grofvuil.md", replace("upl: http://standaarden.overheid.nl/owms/terms/afvalinzameling-grofvuil\n", "")))
        .containsExactly("articles/grofvuil.md:1: upl: is required for product articles: the UPL URI of the product");
  }

  @Test
  void section_after_intern_is_an_error_so_it_cannot_leak() {
    List<String> problems = problems("articles/grofvuil.md", GOOD + "\n## Contact\n\nBel ons.\n");

    assertThat(problems).containsExactly(
        "articles/grofvuil.md:37: ## Contact: comes after '## Intern'; the internal part must be the last section, or this text would leak into it");
  }

  @Test
  void nonstandard_and_out_of_order_sections_are_warnings_and_the_article_loads() {
    ArticleParser.Outcome outcome = parser.parse("articles/grofvuil.md",
        replace("## Kosten", "## Prijzen").replace("## Wat is het", "## Contact"));

    assertThat(outcome.article()).isPresent();
    assertThat(outcome.problems()).map(ContentProblem::toString).containsExactly(
        "articles/grofvuil.md:23: ## Prijzen: is not a standard section (Wat is het, Voorwaarden, Aanvragen, Kosten, Termijn, Bezwaar, Bijzonderheden, Contact) (warning)");
  }

  @Test
  void product_without_internal_part_gets_a_warning() {
    String text = GOOD.substring(0, GOOD.indexOf("## Intern"));

    assertThat(problems("articles/grofvuil.md", text)).containsExactly(
        "articles/grofvuil.md: ## Intern: product articles need an internal part for agents (Afhandeling, Werkinstructie, Doorverwijzen, Vervolgvragen) (warning)");
  }

  @Test
  void windows_line_endings_and_byte_order_mark_are_accepted() {
    ArticleParser.Outcome outcome = parser.parse("articles/grofvuil.md", "\uFEFF" + GOOD.replace("\n", "\r\n"));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.article()).isPresent();
  }
}
