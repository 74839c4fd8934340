package org.kennisbank.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kennisbank.content.Finding.Check.BOILERPLATE;
import static org.kennisbank.content.Finding.Check.CATALOGUE;
import static org.kennisbank.content.Finding.Check.LOADING;
import static org.kennisbank.content.Finding.Check.PLACEHOLDERS;
import static org.kennisbank.content.Finding.Check.SYNONYMS;
import static org.kennisbank.content.Finding.Check.THEME_LINKS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks on a copy of the bundled content with one known defect per check: each defect is
 * reported, against the right file (and line, where a line is meant).
 */
class ContentChecksTest {

  private static final String DELETED = "noodreisdocument";
  private static final String NOT_IN_CATALOGUE = "ruimtevaartvergunning";
  private static final String UNKNOWN_RELATED = "identiteitskaart";
  private static final String WITHOUT_INTERNAL = "parkeervergunning";
  private static final String LONG_SUMMARY = "afvalcontainer";
  private static final String WITHOUT_REVIEW = "huisnummertoekenning";
  private static final String WITH_PLACEHOLDER = "paspoort";
  private static final String THEME_MISSING_LINK = "vergunningen";
  private static final String UNLINKED_PRODUCT = "ventvergunning";
  private static final List<String> WITH_BOILERPLATE = List.of("rijbewijs", "verhuismelding", "hondenbelasting");
  private static final String BOILERPLATE_SENTENCE =
      "Deze zin staat met opzet in drie verschillende artikelen van de kennisbank.";

  @TempDir
  static Path temp;

  private static List<Finding> findings;
  private static int firstBadSynonymLine;
  private static int firstBadBestBetLine;

  @BeforeAll
  static void breakACopyAndCheckIt() throws IOException {
    Path content = temp.resolve("content");
    copy(ContentChecks.BUNDLED_CONTENT, content);
    Path products = content.resolve("articles/products");

    Files.delete(products.resolve(DELETED + ".md"));
    Files.writeString(products.resolve(NOT_IN_CATALOGUE + ".md"), """
        ---
        id: %s
        type: product
        title: Ruimtevaartvergunning
        summary: Voor een lancering vanaf gemeentegrond vraagt u een vergunning aan.
        themes: [vergunningen]
        audience: [ondernemer]
        upl: http://standaarden.overheid.nl/owms/terms/ruimtevaartvergunning
        handling: back-office
        owner: Team Vergunningen
        review: 2027-06-01
        ---

        ## Wat is het

        Een vergunning voor een lancering.

        ## Intern

        ### Afhandeling

        Back office Vergunningen.
        """.formatted(NOT_IN_CATALOGUE));
    edit(products.resolve(UNKNOWN_RELATED + ".md"), text -> text.replaceFirst("(?m)^related: \\[", "related: [bestaat-niet, "));
    edit(products.resolve(WITHOUT_INTERNAL + ".md"), text -> text.substring(0, text.indexOf("\n## Intern") + 1));
    edit(products.resolve(LONG_SUMMARY + ".md"), text -> replaceField(text, "summary", "summary: " + "woord ".repeat(66) + "eind"));
    edit(products.resolve(WITHOUT_REVIEW + ".md"), text -> replaceField(text, "review", null));
    edit(products.resolve(WITH_PLACEHOLDER + ".md"), text -> text.replaceFirst("\n## Kosten\n", "\n## Kosten\n\nTODO tarieven 2026.\n"));
    edit(content.resolve("articles/themes/" + THEME_MISSING_LINK + ".md"),
        text -> text.replaceAll("(?m)^- \\[[^]]*]\\(kb:" + UNLINKED_PRODUCT + "\\)\\n", ""));
    for (String id : WITH_BOILERPLATE) {
      edit(products.resolve(id + ".md"), text -> text.replaceFirst("\n## Wat is het\n\n", "\n## Wat is het\n\n" + BOILERPLATE_SENTENCE + " "));
    }
    firstBadSynonymLine = appendLines(content.resolve(ContentFiles.SYNONYMS_FILE), "kliko => ", "=> afvalcontainer");
    firstBadBestBetLine = appendLines(content.resolve(ContentFiles.BEST_BETS_FILE), "paspoort kwijt paspoort", "rijbewijs\tbestaat-ook-niet");

    findings = new ContentChecks(content, Catalogue.read(Catalogue.SHARED_CATALOGUE)).run();
  }

  @Test
  void deleted_product_article_is_reported_by_its_expected_file() {
    assertReportedOnce(CATALOGUE, "articles/products/" + DELETED + ".md", 0,
        "missing: catalogue product '" + DELETED + "' (products.tsv line 5) has no article");
  }

  @Test
  void product_article_outside_the_catalogue_is_reported() {
    assertReportedOnce(CATALOGUE, "articles/products/" + NOT_IN_CATALOGUE + ".md", 0,
        "product '" + NOT_IN_CATALOGUE + "' is not in the catalogue (products.tsv)");
  }

  @Test
  void unknown_related_id_is_reported_by_loading() {
    assertReportedOnce(LOADING, "articles/products/" + UNKNOWN_RELATED + ".md", 0,
        "related: 'bestaat-niet' is not an article in this knowledge base (warning)");
  }

  @Test
  void product_without_internal_part_is_reported() {
    assertReportedOnce(LOADING, "articles/products/" + WITHOUT_INTERNAL + ".md", 0,
        "## Intern: product articles need an internal part for agents (Afhandeling, Werkinstructie, Doorverwijzen, Vervolgvragen) (warning)");
  }

  @Test
  void summary_of_400_characters_is_reported_and_keeps_the_article_out() {
    String file = "articles/products/" + LONG_SUMMARY + ".md";
    assertThat(findings).filteredOn(f -> f.check() == LOADING && f.file().equals(file))
        .extracting(Finding::message)
        .containsExactly("summary: is 400 characters long; at most 300 are allowed");
  }

  @Test
  void product_without_review_date_is_reported() {
    String file = "articles/products/" + WITHOUT_REVIEW + ".md";
    assertThat(findings).filteredOn(f -> f.check() == LOADING && f.file().equals(file))
        .extracting(Finding::message)
        .containsExactly("review: is required: a date such as 2027-03-01");
  }

  @Test
  void every_synonym_line_with_an_empty_side_is_reported_with_its_line() {
    assertThat(findings).filteredOn(f -> f.check() == SYNONYMS && f.line() > 0).containsExactly(
        new Finding(SYNONYMS, ContentFiles.SYNONYMS_FILE, firstBadSynonymLine,
            "rule 'kliko =>' does not parse: the right side of '=>' is empty"),
        new Finding(SYNONYMS, ContentFiles.SYNONYMS_FILE, firstBadSynonymLine + 1,
            "rule '=> afvalcontainer' does not parse: the left side of '=>' is empty"));
    assertThat(findings).filteredOn(f -> f.check() == SYNONYMS && f.line() == 0).extracting(Finding::message)
        .singleElement().asString().startsWith("the file does not parse: synonyms.txt:");
  }

  @Test
  void best_bet_without_tab_or_with_unknown_id_is_reported_by_loading_with_its_line() {
    assertReportedOnce(LOADING, ContentFiles.BEST_BETS_FILE, firstBadBestBetLine, "expected 'query<TAB>id,id'; no tab found");
    assertReportedOnce(LOADING, ContentFiles.BEST_BETS_FILE, firstBadBestBetLine + 1,
        "rijbewijs: 'bestaat-ook-niet' is not an article; it is skipped (warning)");
  }

  @Test
  void theme_article_missing_a_product_link_is_reported() {
    assertReportedOnce(THEME_LINKS, "articles/themes/" + THEME_MISSING_LINK + ".md", 0,
        "does not link to product '" + UNLINKED_PRODUCT + "' of its theme; add [title](kb:" + UNLINKED_PRODUCT + ") under ## Producten");
  }

  @Test
  void placeholder_text_is_reported_with_its_line() {
    assertThat(findings).filteredOn(f -> f.check() == PLACEHOLDERS && f.file().equals("articles/products/" + WITH_PLACEHOLDER + ".md"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.line()).isPositive();
          assertThat(f.message()).isEqualTo("placeholder text 'TODO': TODO tarieven 2026.");
        });
  }

  @Test
  void sentence_repeated_in_three_articles_is_reported_with_all_three_files() {
    assertReportedOnce(BOILERPLATE, String.join(", ", WITH_BOILERPLATE.stream().sorted().map(id -> "articles/products/" + id + ".md").toList()), 0,
        "sentence of 12 words repeated in 3 articles: \"" + BOILERPLATE_SENTENCE + "\"");
  }

  private static void assertReportedOnce(Finding.Check check, String file, int line, String message) {
    assertThat(findings)
        .withFailMessage(() -> "expected exactly once: " + new Finding(check, file, line, message) + "\nfindings:\n"
            + String.join("\n", findings.stream().filter(f -> f.file().contains(file) || f.check() == check).map(Finding::toString).toList()))
        .filteredOn(finding -> finding.equals(new Finding(check, file, line, message)))
        .hasSize(1);
  }

  /** Replaces a front matter field and its indented continuation lines; removes it when {@code replacement} is null. */
  private static String replaceField(String text, String field, String replacement) {
    return text.replaceFirst("(?m)^" + field + ":.*\\n(?:[ \\t]+.*\\n)*", replacement == null ? "" : replacement + "\n");
  }

  private static int appendLines(Path file, String... lines) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (!text.endsWith("\n")) {
      text += "\n";
    }
    int first = (int) text.lines().count() + 1;
    Files.writeString(file, text + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return first;
  }

  private static void edit(Path file, UnaryOperator<String> change) throws IOException {
    String before = Files.readString(file, StandardCharsets.UTF_8);
    String after = change.apply(before);
    assertThat(after).as("the edit of %s changes it", file).isNotEqualTo(before);
    Files.writeString(file, after, StandardCharsets.UTF_8);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
