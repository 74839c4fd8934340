package org.kennisbank.core.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kennisbank.core.ContentProblem;

/** Issue 12 item 3: anything that looks like the internal marker but is not exactly {@code ## Intern} keeps the article out. */
class NearMissMarkerTest {

  private final ArticleParser parser = new ArticleParser();

  /** The good article with its marker line replaced. */
  private static String withMarker(String marker) {
    return Articles.GOOD.replace("\n## Intern\n", "\n" + marker + "\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"##Intern", "# Intern", "### Intern", "**Intern**", "__Intern__", "*Intern*", "## Intern:", "## Interne notities",
      "## INTERN", "## intern", "##  Intern", " ## Intern", "## Intern ##", "Intern\n------", "Interne notities\n===", "Intern:", "Intern",
      "> ## Intern", "- ## Intern", "    ## Intern", "```\n## Intern\n```", "#### Internal notes", "## **Intern**", "## Intern (concept)"})
  void a_near_miss_marker_is_an_error_and_keeps_the_article_out(String marker) {
    for (String type : new String[] {"product", "faq", "theme"}) {
      String text = withMarker(marker).replace("type: product", "type: " + type);
      if (type.equals("theme")) {
        text = text.replace("id: grofvuil", "id: grofvuil-en-leefomgeving").replace("title: Grofvuil ophalen", "title: Afval, straat en buitenruimte");
      }
      String file = type.equals("theme") ? "articles/grofvuil-en-leefomgeving.md" : Articles.FILE;
      ArticleParser.Outcome outcome = parser.parse(file, text);

      assertThat(outcome.article()).as("%s in a %s article", marker, type).isEmpty();
      assertThat(outcome.problems()).as("%s in a %s article", marker, type)
          .filteredOn(problem -> problem.severity() == ContentProblem.Severity.ERROR)
          .anySatisfy(problem -> {
            assertThat(problem.line()).isBetween(24, 26);
            assertThat(problem.field()).isEqualTo("## Intern");
            assertThat(problem.message()).contains("looks like the start of the internal part but is not the marker");
          });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"## Internationaal", "## Internet en e-mail", "Dit is een intern document.", "Intern overleg is nodig bij grote aanvragen.",
      "**Intern** overleg vindt plaats voor de aanvraag.", "## Interieur", "- internationale rijbewijzen", "Internetbankieren: via de site"})
  void ordinary_text_with_intern_in_it_is_no_near_miss(String text) {
    ArticleParser.Outcome outcome = parser.parse(Articles.FILE, Articles.withText(text + "\n\nMeer tekst."));

    assertThat(outcome.problems()).filteredOn(problem -> problem.severity() == ContentProblem.Severity.ERROR).isEmpty();
    assertThat(outcome.article()).isPresent();
    assertThat(outcome.article().get().sections()).noneMatch(section -> section.markdown().contains(Articles.SECRET));
  }

  @ParameterizedTest
  @ValueSource(strings = {"### Interne afspraken", "**Intern:**", "## Intern"})
  void after_the_marker_nothing_is_checked_since_all_of_it_is_internal(String line) {
    ArticleParser.Outcome outcome = parser.parse(Articles.FILE, Articles.GOOD + "\n" + (line.equals("## Intern") ? "Nog iets." : line + "\n\nNog iets.") + "\n");

    assertThat(outcome.problems()).filteredOn(problem -> problem.severity() == ContentProblem.Severity.ERROR)
        .allSatisfy(problem -> assertThat(problem.message()).contains("appears twice"));
  }
}
