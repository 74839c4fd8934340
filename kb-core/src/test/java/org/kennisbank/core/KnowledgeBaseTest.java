package org.kennisbank.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

  private static KnowledgeBase kb;

  @BeforeAll
  static void open() {
    kb = Fixture.open();
  }

  @AfterAll
  static void close() {
    kb.close();
  }

  private static SearchRequest agent(String query) {
    return SearchRequest.of(query).withChannel(Channel.AGENT);
  }

  @Test
  void search_finds_the_article_named_in_the_query_first() {
    assertThat(kb.search("paspoort").ids()).first().isEqualTo("paspoort");
    assertThat(kb.search("parkeervergunning").ids()).first().isEqualTo("parkeervergunning");
  }

  @Test
  void loads_every_fixture_article_without_problems() {
    assertThat(kb.size()).isEqualTo(6);
    assertThat(kb.problems()).isEmpty();
    assertThat(kb.origin()).isEqualTo(Fixture.root().toAbsolutePath().toString());
  }

  @Test
  void query_syntax_characters_are_plain_text_and_never_fail() {
    List<String> queries = List.of("\"paspoort", "paspoort)", "(paspoort", "paspoort AND", "AND", "OR NOT",
        "*", "paspo*", "?", "paspoort~", "~2", "title:paspoort", "+paspoort -kind", "\\", "/", "[a TO z]",
        "{}", "^3", "!", "&&", "||", ":", "", "   ", "\u0000", "😀 paspoort", "'", "\"\"", "<script>");
    for (String query : queries) {
      SearchResult result = kb.search(query);
      assertThat(result.query()).isEqualTo(query);
    }
    assertThat(kb.search("title:paspoort").ids()).contains("paspoort");
    assertThat(kb.search("paspoort AND").ids()).first().isEqualTo("paspoort");
  }

  @Test
  void empty_query_finds_nothing() {
    assertThat(kb.search("").total()).isZero();
  }

  @Test
  void facets_count_all_matches_per_theme_type_and_audience() {
    SearchResult result = kb.search(SearchRequest.of("paspoort").withPage(1, 1));

    assertThat(result.hits()).hasSize(1);
    assertThat(result.total()).isEqualTo(3);
    assertThat(result.facets().themes()).containsExactly(new FacetValue("identiteit-en-reizen", "Paspoort, verhuizen en burgerzaken", 3));
    assertThat(result.facets().types()).containsExactly(new FacetValue("product", "Product", 2), new FacetValue("theme", "Thema", 1));
    assertThat(result.facets().audiences()).containsExactly(new FacetValue("particulier", "Particulieren", 3));
  }

  @Test
  void filters_restrict_by_theme_type_and_audience() {
    SearchRequest request = SearchRequest.of("paspoort");
    assertThat(kb.search(request.withFilters(SearchFilters.NONE.withTypes(List.of(ArticleType.THEME)))).ids())
        .containsExactly("identiteit-en-reizen");
    assertThat(kb.search(request.withFilters(SearchFilters.theme("vergunningen"))).ids()).isEmpty();
    assertThat(kb.search(SearchRequest.of("vergunning").withFilters(SearchFilters.NONE.withAudiences(List.of(Audience.ONDERNEMER)))).ids())
        .containsExactly("parkeervergunning");
  }

  @Test
  void snippets_mark_matched_words_and_escape_the_rest() {
    SearchHit hit = kb.search("matrassen").hits().get(0);

    assertThat(hit.id()).isEqualTo("afvalinzameling-grofvuil");
    assertThat(hit.snippet()).contains("<mark>matrassen</mark>");
  }

  @Test
  void public_search_never_matches_or_shows_internal_text() {
    SearchResult result = kb.search("wachtlijstcontrole");

    assertThat(result.total()).isZero();
    assertThat(kb.search("vertrekdatum").hits()).allSatisfy(hit -> assertThat(hit.internalSnippet()).isEmpty());
  }

  @Test
  void agent_search_finds_internal_text_and_shows_it_apart() {
    SearchHit hit = kb.search(agent("wachtlijstcontrole")).hits().get(0);

    assertThat(hit.id()).isEqualTo("parkeervergunning");
    assertThat(hit.internalSnippet()).contains("<mark>wachtlijstcontrole</mark>");
    assertThat(hit.snippet()).doesNotContain("wachtlijstcontrole");
  }

  @Test
  void public_article_has_no_internal_part_and_agent_article_has() {
    assertThat(kb.article("paspoort").orElseThrow().internal()).isEmpty();
    assertThat(kb.article("paspoort", Channel.AGENT).orElseThrow().internal()).extracting("title")
        .containsExactly("Afhandeling", "Werkinstructie");
    assertThat(kb.articles(Channel.PUBLIC)).allSatisfy(article -> assertThat(article.internal()).isEmpty());
  }

  @Test
  void expired_article_is_neither_found_nor_shown() {
    assertThat(kb.article("paspoort-kind")).isEmpty();
    assertThat(kb.search("bijgeschreven").total()).isZero();
    try (KnowledgeBase earlier = KnowledgeBase.open(Fixture.root(),
        java.time.Clock.fixed(java.time.Instant.parse("2025-06-01T00:00:00Z"), java.time.ZoneOffset.UTC))) {
      assertThat(earlier.search("bijgeschreven").ids()).containsExactly("paspoort-kind");
    }
  }

  @Test
  void best_bets_come_first_and_are_marked() {
    SearchResult result = kb.search("reizen");

    assertThat(result.ids()).startsWith("identiteitskaart", "paspoort");
    assertThat(result.hits().get(0).bestBet()).isTrue();
    assertThat(result.ids()).doesNotHaveDuplicates();
  }

  @Test
  void paging_returns_consecutive_slices_of_one_ranking() {
    List<String> all = kb.search(SearchRequest.of("paspoort identiteitskaart").withPage(1, 10)).ids();
    List<String> first = kb.search(SearchRequest.of("paspoort identiteitskaart").withPage(1, 1)).ids();
    List<String> second = kb.search(SearchRequest.of("paspoort identiteitskaart").withPage(2, 1)).ids();

    assertThat(all.size()).isGreaterThanOrEqualTo(2);
    assertThat(first).containsExactly(all.get(0));
    assertThat(second).containsExactly(all.get(1));
  }

  @Test
  void invalid_requests_are_refused_with_the_value() {
    assertThatThrownBy(() -> SearchRequest.of("x").withPage(0, 10))
        .isInstanceOf(InvalidRequestException.class).hasMessage("page must be 1 or more; got: 0");
    assertThatThrownBy(() -> SearchRequest.of("x").withPage(1, 101))
        .isInstanceOf(InvalidRequestException.class).hasMessage("size must be between 1 and 100; got: 101");
    assertThatThrownBy(() -> kb.suggest("pas", 0)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void suggest_completes_titles_and_keywords_one_per_article() {
    assertThat(kb.suggest("pas", 5)).extracting(Suggestion::articleId).first().isEqualTo("paspoort");
    assertThat(kb.suggest("id ka", 5)).extracting(Suggestion::articleId).first().isEqualTo("identiteitskaart");
    assertThat(kb.suggest("", 5)).isEmpty();
  }

  @Test
  void themes_list_all_eight_with_counts() {
    List<ThemeSummary> themes = kb.themes();

    assertThat(themes).hasSize(8);
    assertThat(themes.get(1)).isEqualTo(new ThemeSummary("identiteit-en-reizen", "Paspoort, verhuizen en burgerzaken",
        "Reisdocumenten, verhuizen, geboorte en overlijden.", 2));
  }

  @Test
  void reload_makes_new_and_removed_articles_visible_without_reopening(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    try (KnowledgeBase copy = KnowledgeBase.open(content, Fixture.TODAY)) {
      assertThat(copy.search("hondenbelasting").total()).isZero();
      Files.writeString(content.resolve("articles/products/hondenbelasting.md"), Files.readString(
          content.resolve("articles/products/parkeervergunning.md"))
          .replace("id: parkeervergunning", "id: hondenbelasting")
          .replace("title: Parkeervergunning", "title: Hondenbelasting"));
      Files.delete(content.resolve("articles/products/paspoort.md"));

      copy.reload();

      assertThat(copy.search("hondenbelasting").ids()).first().isEqualTo("hondenbelasting");
      assertThat(copy.search("reispas").ids()).doesNotContain("paspoort");
      assertThat(copy.article("paspoort")).isEmpty();
    }
  }

  @Test
  void a_broken_article_is_reported_and_the_rest_still_loads(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    Files.writeString(content.resolve("articles/products/kapot.md"), "---\nid: kapot\ntype: product\n---\n\n## Wat is het\n\nTekst.\n");
    Files.write(content.resolve("articles/products/latin1.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});

    try (KnowledgeBase broken = KnowledgeBase.open(content, Fixture.TODAY)) {
      assertThat(broken.size()).isEqualTo(6);
      assertThat(broken.problems()).map(ContentProblem::toString)
          .contains("articles/products/kapot.md:1: title: is required", "articles/products/latin1.md:2: is not valid UTF-8 (byte 5 of the file); save it as UTF-8");
      assertThat(broken.search("paspoort").ids()).first().isEqualTo("paspoort");
    }
  }

  @Test
  void duplicate_ids_and_dangling_links_are_reported(@TempDir Path dir) throws IOException {
    Path content = Fixture.copyTo(dir);
    Files.createDirectories(content.resolve("articles/extra"));
    Files.copy(content.resolve("articles/products/paspoort.md"), content.resolve("articles/extra/paspoort.md"));
    Files.delete(content.resolve("articles/products/identiteitskaart.md"));

    try (KnowledgeBase kb2 = KnowledgeBase.open(content, Fixture.TODAY)) {
      assertThat(kb2.problems()).map(ContentProblem::toString).contains(
          "articles/products/paspoort.md: id: 'paspoort' is already used by articles/extra/paspoort.md; this file was left out",
          "articles/extra/paspoort.md: related: 'identiteitskaart' is not an article in this knowledge base (warning)",
          "articles/extra/paspoort.md: body: link 'kb:identiteitskaart' does not point at an article in this knowledge base (warning)");
    }
  }

  @Test
  void missing_content_directory_is_a_clear_error(@TempDir Path dir) {
    assertThatThrownBy(() -> KnowledgeBase.open(dir.resolve("nope")))
        .isInstanceOf(ContentException.class).hasMessageContaining("content directory does not exist");
    assertThatThrownBy(() -> KnowledgeBase.open(dir))
        .isInstanceOf(ContentException.class).hasMessageContaining("has no 'articles' folder");
  }

  @Test
  void review_due_lists_articles_past_their_review_date() {
    try (KnowledgeBase later = KnowledgeBase.open(Fixture.root(),
        java.time.Clock.fixed(java.time.Instant.parse("2027-02-01T00:00:00Z"), java.time.ZoneOffset.UTC))) {
      assertThat(later.reviewDue()).extracting(Article::id).containsExactly("afvalinzameling-grofvuil");
    }
  }

  @Test
  void synonyms_apply_at_query_time_including_multi_word_rules() {
    assertThat(kb.search("identiteitsbewijs").ids()).first().isEqualTo("identiteitskaart");
    assertThat(Set.copyOf(kb.search("id-bewijs").ids())).contains("identiteitskaart");
  }
}
