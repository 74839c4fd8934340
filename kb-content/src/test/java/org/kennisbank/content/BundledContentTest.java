package org.kennisbank.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.Article;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;

/** The bundled content against the shared product catalogue: complete, loadable and clean. */
class BundledContentTest {

  private static final int CATALOGUE_PRODUCTS = 201;

  private static Catalogue catalogue;

  @BeforeAll
  static void readCatalogue() {
    catalogue = Catalogue.read(Catalogue.SHARED_CATALOGUE);
  }

  @Test
  void shared_catalogue_is_the_sibling_of_the_project_root_seen_from_the_module() {
    Path projectRoot = Path.of("..").toAbsolutePath().normalize();
    assertThat(projectRoot.resolve("kb-content").resolve("pom.xml")).isRegularFile();
    assertThat(Catalogue.SHARED_CATALOGUE.toAbsolutePath().normalize())
        .isEqualTo(projectRoot.resolveSibling("shared").resolve("catalogue").resolve("products.tsv"))
        .isRegularFile();
    assertThat(catalogue.products()).hasSize(CATALOGUE_PRODUCTS);
    assertThat(catalogue.products().stream().map(Catalogue.Product::id).distinct()).hasSize(CATALOGUE_PRODUCTS);
    assertThat(catalogue.products().stream().map(Catalogue.Product::theme).distinct())
        .containsExactlyInAnyOrderElementsOf(ContentChecks.THEMES);
  }

  @Test
  void bundled_content_passes_every_content_check() {
    assertThat(ContentChecks.BUNDLED_CONTENT.resolve("articles")).isDirectory();

    List<Finding> findings = new ContentChecks(ContentChecks.BUNDLED_CONTENT, catalogue).run();

    assertThat(findings)
        .withFailMessage(() -> findings.size() + " findings in the bundled content:\n" + findings.stream()
            .map(finding -> "[" + finding.check() + "] " + finding)
            .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void content_statistics_are_consistent_with_the_catalogue() throws Exception {
    ContentFiles files = ContentFiles.read(ContentChecks.BUNDLED_CONTENT);
    ContentStatistics statistics = ContentStatistics.of(files);
    System.out.println("Content statistics of " + ContentChecks.BUNDLED_CONTENT + ":\n" + statistics.report());

    assertThat(statistics.articlesOfType("product")).isEqualTo(catalogue.products().size()).isEqualTo(CATALOGUE_PRODUCTS);
    assertThat(statistics.articlesOfType("theme")).isEqualTo(ContentChecks.THEMES.size()).isEqualTo(8);
    assertThat(statistics.articlesByType().keySet()).isSubsetOf("product", "theme", "faq");
    long markdownFiles;
    try (var paths = Files.walk(ContentChecks.BUNDLED_CONTENT.resolve("articles"))) {
      markdownFiles = paths.filter(path -> path.toString().endsWith(".md")).count();
    }
    assertThat(statistics.articles()).isEqualTo(markdownFiles);
    assertThat(statistics.internalWords()).isPositive();
    assertThat(statistics.publicWords()).isGreaterThan(statistics.internalWords());
    assertThat(statistics.distinctKeywords()).isPositive().isLessThanOrEqualTo(statistics.keywords());
    assertThat(statistics.synonymRules())
        .isEqualTo(statistics.oneWayRules() + statistics.equivalenceRules())
        .isGreaterThanOrEqualTo(RuleFileChecks.MIN_SYNONYM_RULES);
    assertThat(statistics.oneWayRules()).isPositive();
    assertThat(statistics.equivalenceRules()).isPositive();
    assertThat(statistics.bestBetQueries()).isPositive();
    assertThat(statistics.bestBetIds()).isGreaterThanOrEqualTo(statistics.bestBetQueries());
  }

  @Test
  void every_product_article_has_three_to_five_residents_questions_that_are_not_its_title() {
    try (KnowledgeBase kb = KnowledgeBase.open(ContentChecks.BUNDLED_CONTENT)) {
      List<Article> products = kb.articles(Channel.PUBLIC).stream().filter(a -> a.type() == ArticleType.PRODUCT).toList();

      assertThat(products).hasSize(CATALOGUE_PRODUCTS).allSatisfy(article -> {
        assertThat(article.questions()).as(article.id()).hasSizeBetween(3, 5);
        assertThat(article.questions()).as(article.id())
            .allSatisfy(question -> assertThat(question).endsWith("?").isNotEqualToIgnoringCase(article.title() + "?"));
      });
    }
  }
}
