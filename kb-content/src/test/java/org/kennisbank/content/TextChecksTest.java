package org.kennisbank.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextChecksTest {

  private static final String LONG_SENTENCE = "U staat ingeschreven in de basisregistratie van onze gemeente.";

  @TempDir
  Path content;

  private List<ContentFiles.RawArticle> articles(String... bodies) throws IOException {
    Files.createDirectories(content.resolve("articles"));
    for (int i = 0; i < bodies.length; i++) {
      Files.writeString(content.resolve("articles/a" + i + ".md"), "---\nid: a" + i + "\ntype: faq\n---\n" + bodies[i]);
    }
    return ContentFiles.read(content).articles();
  }

  @Test
  void placeholders_are_found_case_insensitively_as_whole_words_with_their_line() throws IOException {
    List<Finding> findings = TextChecks.placeholders(articles("""
        ## Kosten

        Het tarief is XX euro.
        Lorem Ipsum.
        Zie [invullen] en todo.
        Bezwaar: Niet van toepassing.
        Een placeholder.
        Een XXL-container, de boxxen, todos en placeholders zijn gewone woorden.
        """));

    assertThat(findings).extracting(Finding::toString).containsExactly(
        "articles/a0.md:7: placeholder text 'XX': Het tarief is XX euro.",
        "articles/a0.md:8: placeholder text 'ipsum': Lorem Ipsum.",
        "articles/a0.md:8: placeholder text 'lorem': Lorem Ipsum.",
        "articles/a0.md:9: placeholder text 'TODO': Zie [invullen] en todo.",
        "articles/a0.md:9: placeholder text '[invullen]': Zie [invullen] en todo.",
        "articles/a0.md:10: placeholder text 'niet van toepassing': Bezwaar: Niet van toepassing.",
        "articles/a0.md:11: placeholder text 'placeholder': Een placeholder.");
  }

  @Test
  void sentence_of_eight_words_in_three_articles_is_boilerplate_whatever_its_markup() throws IOException {
    List<Finding> findings = TextChecks.repeatedSentences(articles(
        "## Voorwaarden\n\n- " + LONG_SENTENCE + "\n",
        "## Voorwaarden\n\nEerst dit. U staat **ingeschreven** in de\n[basisregistratie](kb:brp) van onze gemeente\n",
        "## Intern\n\n" + LONG_SENTENCE.toUpperCase() + " Daarna iets anders.\n"));

    assertThat(findings).extracting(Finding::toString).containsExactly(
        "articles/a0.md, articles/a1.md, articles/a2.md: sentence of 9 words repeated in 3 articles: \"" + LONG_SENTENCE + "\"");
  }

  @Test
  void headings_table_rows_short_sentences_and_pairs_are_no_boilerplate() throws IOException {
    String shared = """
        ## U staat ingeschreven in de basisregistratie van onze gemeente

        | U staat ingeschreven in de basisregistratie van onze gemeente | ja |
        |---|---|

        Bel ons tijdens kantooruren voor een afspraak.
        """;
    List<Finding> findings = TextChecks.repeatedSentences(articles(shared, shared, shared,
        LONG_SENTENCE, LONG_SENTENCE));

    assertThat(findings).isEmpty();
  }
}
