package org.kennisbank.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the ranking promises: typos, compounds, prefixes, relaxation and spelling suggestions. */
class RankingTest {

  private static KnowledgeBase kb;

  @BeforeAll
  static void open() {
    kb = Fixture.open();
  }

  @AfterAll
  static void close() {
    kb.close();
  }

  @Test
  void typo_in_a_long_word_is_forgiven() {
    assertThat(kb.search("paspoord").ids()).first().isEqualTo("paspoort");
    assertThat(kb.search("parkeervergunnig").ids()).first().isEqualTo("parkeervergunning");
  }

  @Test
  void short_words_are_not_fuzzed() {
    assertThat(kb.search("pak").ids()).doesNotContain("paspoort", "parkeervergunning");
  }

  @Test
  void split_compound_finds_the_joined_word_and_the_other_way_round() {
    assertThat(kb.search("parkeer vergunning").ids()).first().isEqualTo("parkeervergunning");
    assertThat(kb.search("vergunning parkeren").ids()).first().isEqualTo("parkeervergunning");
    assertThat(kb.search("grof vuil").ids()).first().isEqualTo("afvalinzameling-grofvuil");
  }

  @Test
  void compound_parts_do_not_flood_results() {
    SearchResult result = kb.search("vergunning");

    assertThat(result.ids()).containsExactly("parkeervergunning");
  }

  @Test
  void last_word_is_a_prefix_while_typing() {
    SearchRequest typing = SearchRequest.of("parkeerv").asYouType(true);

    assertThat(kb.search(typing).ids()).first().isEqualTo("parkeervergunning");
    assertThat(kb.search(SearchRequest.of("identiteitsk").asYouType(true)).ids()).first().isEqualTo("identiteitskaart");
  }

  @Test
  void query_with_an_unmatched_word_still_finds_the_rest() {
    SearchResult result = kb.search("paspoort zwembad");

    assertThat(result.ids()).first().isEqualTo("paspoort");
  }

  @Test
  void words_that_match_apart_but_never_together_are_relaxed_and_say_so() {
    SearchResult result = kb.search("matrassen paspoort");

    assertThat(result.relaxed()).isTrue();
    assertThat(result.ids()).contains("paspoort", "afvalinzameling-grofvuil");
  }

  @Test
  void spelling_suggestion_comes_from_the_content_vocabulary() {
    SearchResult result = kb.search("matrasen");

    assertThat(result.didYouMean()).contains("matrassen");
  }

  @Test
  void exact_word_outranks_a_fuzzy_match(@TempDir Path dir) throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    write(articles, "matras", "Matras", "Een matras brengt u naar het afvalinzamelstation.");
    write(articles, "bed", "Bed", "Een oud bed en de lattenbodem mogen bij het grofvuil, de matras ook.");
    write(articles, "matris", "Matris", "Matris Matris Matris, een titel die op het gezochte woord lijkt.");
    try (KnowledgeBase small = KnowledgeBase.open(dir, Fixture.TODAY)) {
      assertThat(small.search("matras").ids()).containsExactly("matras", "bed", "matris");
      assertThat(small.search("matris").ids()).first().isEqualTo("matris");
    }
  }

  @Test
  void popularity_signal_multiplies_relevance_and_bad_lines_are_reported(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    Files.writeString(content.resolve("popularity.tsv"), "# page views, exported monthly\nidentiteitskaart\t5\nbestaat-niet\t2\nparkeervergunning\tveel\n");

    try (KnowledgeBase popular = KnowledgeBase.open(content, Fixture.TODAY)) {
      assertThat(kb.search("paspoort").ids()).first().isEqualTo("paspoort");
      assertThat(popular.search("paspoort").ids()).first().isEqualTo("identiteitskaart");
      assertThat(popular.problems()).map(ContentProblem::toString).containsExactly(
          "popularity.tsv:3: bestaat-niet: 'bestaat-niet' is not an article; the line is ignored (warning)",
          "popularity.tsv:4: parkeervergunning: weight 'veel' is not a number (warning)");
    }
  }

  private static void write(Path dir, String id, String title, String text) throws IOException {
    Files.writeString(dir.resolve(id + ".md"), """
        ---
        id: %s
        type: faq
        title: %s
        summary: %s
        themes: [vragen-en-klagen]
        audience: [particulier]
        owner: Test
        review: 2027-01-01
        ---

        ## Antwoord

        %s
        """.formatted(id, title, text, text));
  }
}
