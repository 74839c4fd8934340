package org.kennisbank.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one validator: the same rules as loading, for an article, synonym rules and best bets. */
class ContentValidatorTest {

  private static List<String> synonymDefects(String rule) {
    return ContentValidator.validateSynonyms("synonyms.txt", rule + "\n").stream()
        .filter(problem -> problem.line() > 0).map(ContentProblem::message).toList();
  }

  @Test
  void an_article_gets_exactly_the_problems_loading_reports_for_it(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    Path file = content.resolve("articles/products/paspoort.md");
    String text = Files.readString(file).replaceFirst("(?m)^review: .*$", "review: 15-01-2027")
        .replace("## Intern\n", "## Interne notities\n");
    Files.writeString(file, text);

    List<ContentProblem> validated = ContentValidator.validateArticle("articles/products/paspoort.md", text);

    assertThat(validated).extracting(ContentProblem::field).contains("review", "## Intern");
    try (KnowledgeBase kb = KnowledgeBase.open(content, Fixture.TODAY)) {
      assertThat(kb.problems()).filteredOn(problem -> problem.file().equals("articles/products/paspoort.md"))
          .containsAll(validated);
      assertThat(kb.article("paspoort")).isEmpty();
    }
  }

  @Test
  void synonym_rules_with_an_empty_side_or_term_are_errors_on_their_line() {
    assertThat(synonymDefects("a => ")).containsExactly("rule 'a =>' does not parse: the right side of '=>' is empty");
    assertThat(synonymDefects("=> b")).containsExactly("rule '=> b' does not parse: the left side of '=>' is empty");
    assertThat(synonymDefects("a => b => c")).containsExactly("rule 'a => b => c' does not parse: more than one '=>'");
    assertThat(synonymDefects("a, , b")).containsExactly("rule 'a, , b' does not parse: the rule has an empty term (two commas, or a comma at an end)");
    assertThat(synonymDefects("kliko")).containsExactly("rule 'kliko' does not parse: an equivalence needs at least two terms separated by commas");
    assertThat(synonymDefects("a, b,")).containsExactly("rule 'a, b,' does not parse: the rule has an empty term (two commas, or a comma at an end)");
  }

  @Test
  void well_formed_synonym_rules_have_no_problems() {
    assertThat(ContentValidator.validateSynonyms("synonyms.txt",
        "# regels\nkliko => kliko, afvalcontainer\ngemeentehuis, stadhuis, raadhuis\nuittreksel gba => uittreksel brp\n")).isEmpty();
  }

  @Test
  void best_bets_are_checked_as_loading_checks_them() {
    assertThat(ContentValidator.validateBestBets("best-bets.tsv", "paspoort kwijt\nrijbewijs\tpaspoort, bestaat-niet\n\tpaspoort\nid\t\n",
        Set.of("paspoort")))
        .map(ContentProblem::toString).containsExactly(
            "best-bets.tsv:1: expected 'query<TAB>id,id'; no tab found",
            "best-bets.tsv:2: rijbewijs: 'bestaat-niet' is not an article; it is skipped (warning)",
            "best-bets.tsv:3: the query before the tab is empty; the line is ignored (warning)",
            "best-bets.tsv:4: id: no article ids after the tab; the line is ignored (warning)");
  }

  @Test
  void the_internal_marker_check_is_available_to_tools_that_write_articles() {
    assertThat(ContentValidator.resemblesInternalMarker("## Intern")).isTrue();
    assertThat(ContentValidator.resemblesInternalMarker("## Interne regels")).isTrue();
    assertThat(ContentValidator.resemblesInternalMarker("## Rijksoverheid: Intern")).isFalse();
    assertThat(ContentValidator.resemblesInternalMarker("## Internationaal")).isFalse();
  }
}
