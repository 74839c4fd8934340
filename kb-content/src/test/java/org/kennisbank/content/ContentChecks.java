package org.kennisbank.content;

import static org.kennisbank.content.Finding.Check.CATALOGUE;
import static org.kennisbank.content.Finding.Check.LOADING;
import static org.kennisbank.content.Finding.Check.THEME_LINKS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kennisbank.content.ContentFiles.RawArticle;
import org.kennisbank.core.Article;
import org.kennisbank.core.Channel;
import org.kennisbank.core.ContentException;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.Section;
import org.kennisbank.core.Theme;
import org.kennisbank.core.internal.content.ContentLoader;

/**
 * The editorial checks of a content root against the product catalogue: coverage of the
 * catalogue, loading without problems, theme pages that link their products, and through {@link
 * RuleFileChecks} and {@link TextChecks} the synonym rules, placeholder and repeated text.
 *
 * <p>The rules for a single article, the synonym rules and the best bets are kb-core's ({@link
 * org.kennisbank.core.ContentValidator}, applied by loading): their problems come in through
 * loading, so there is one set of rules. What is checked here is about the bundled content as a
 * whole.
 *
 * <p>{@link #run()} returns every finding instead of stopping at the first, so one run lists all
 * the work left. Not thread-safe; make one per run.
 */
final class ContentChecks {

  /** The bundled content seen from the kb-content module directory. */
  static final Path BUNDLED_CONTENT = Path.of("src", "main", "resources", "kennisbank");
  static final List<String> THEMES = Theme.ids();

  private static final Pattern KB_LINK = Pattern.compile("(?<=[(<\\s])kb:([a-z0-9]+(?:-[a-z0-9]+)*)");
  private static final String CONTENT_ROOT = ".";

  private final Path root;
  private final ContentFiles files;
  private final Catalogue catalogue;

  ContentChecks(Path root, Catalogue catalogue) {
    this.root = root;
    this.files = ContentFiles.read(root);
    this.catalogue = catalogue;
  }

  /** Runs every check; an empty list means the content is complete and clean. */
  List<Finding> run() {
    List<Finding> findings = new ArrayList<>(catalogueCoverage());
    Optional<KnowledgeBase> kb = open(findings);
    try {
      findings.addAll(themeLinks(kb));
    } finally {
      kb.ifPresent(KnowledgeBase::close);
    }
    findings.addAll(RuleFileChecks.synonymRules(files));
    findings.addAll(TextChecks.placeholders(files.articles()));
    findings.addAll(TextChecks.repeatedSentences(files.articles()));
    return findings;
  }

  /**
   * Check 2: opens the content as an application would and adds every problem it reports, errors
   * and warnings alike: every single-article rule, the best bets and the links. When it does not open at all, the articles are still checked with the
   * loader KnowledgeBase uses, and the result is empty.
   */
  private Optional<KnowledgeBase> open(List<Finding> findings) {
    try {
      KnowledgeBase kb = KnowledgeBase.open(root);
      findings.addAll(problems(kb.problems()));
      return Optional.of(kb);
    } catch (ContentException e) {
      findings.add(Finding.of(LOADING, CONTENT_ROOT, "KnowledgeBase.open fails: " + e.getMessage()));
      findings.addAll(problems(new ContentLoader().load(root).problems()));
      return Optional.empty();
    }
  }

  /** Check 1: one product article per catalogue row, none outside it, one theme article per theme. */
  List<Finding> catalogueCoverage() {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<RawArticle>> byId = files.articles().stream()
        .collect(Collectors.groupingBy(RawArticle::id, LinkedHashMap::new, Collectors.toList()));
    Set<String> catalogueIds = catalogue.products().stream().map(Catalogue.Product::id).collect(Collectors.toSet());
    for (Catalogue.Product product : catalogue.products()) {
      List<RawArticle> articles = byId.getOrDefault(product.id(), List.of());
      if (articles.isEmpty()) {
        findings.add(Finding.of(CATALOGUE, "articles/products/" + product.id() + ".md",
            "missing: catalogue product '" + product.id() + "' (products.tsv line " + product.line() + ") has no article"));
        continue;
      }
      if (articles.size() > 1) {
        findings.add(Finding.of(CATALOGUE, articles.get(1).file(), "catalogue product '" + product.id()
            + "' has " + articles.size() + " articles: " + articles.stream().map(RawArticle::file).toList()));
      }
      RawArticle article = articles.get(0);
      if (!article.type().equals("product")) {
        findings.add(Finding.of(CATALOGUE, article.file(), "type is '" + article.type() + "'; catalogue product '" + product.id() + "' needs type product"));
      }
      String upl = article.text("upl").orElse("");
      if (!upl.equals(product.upl())) {
        findings.add(Finding.of(CATALOGUE, article.file(), "upl is '" + upl + "'; the catalogue says '" + product.upl() + "'"));
      }
      List<String> themes = article.list("themes");
      if (themes.isEmpty() || !themes.get(0).equals(product.theme())) {
        findings.add(Finding.of(CATALOGUE, article.file(), "first theme is '" + (themes.isEmpty() ? "" : themes.get(0))
            + "'; the catalogue theme is '" + product.theme() + "'"));
      }
    }
    for (RawArticle article : files.articles()) {
      if (article.type().equals("product") && !catalogueIds.contains(article.id())) {
        findings.add(Finding.of(CATALOGUE, article.file(), "product '" + article.id() + "' is not in the catalogue (products.tsv)"));
      }
      if (article.type().equals("theme") && !THEMES.contains(article.id())) {
        findings.add(Finding.of(CATALOGUE, article.file(), "theme article '" + article.id() + "' is not one of the themes " + THEMES));
      }
    }
    for (String theme : THEMES) {
      long count = files.articles().stream().filter(a -> a.type().equals("theme") && a.id().equals(theme)).count();
      if (count != 1) {
        findings.add(Finding.of(CATALOGUE, "articles/themes/" + theme + ".md",
            count == 0 ? "missing: theme '" + theme + "' has no theme article" : "theme '" + theme + "' has " + count + " theme articles"));
      }
    }
    catalogue.products().stream().map(Catalogue.Product::theme).distinct().filter(theme -> !THEMES.contains(theme))
        .forEach(theme -> findings.add(Finding.of(CATALOGUE, "products.tsv", "catalogue theme '" + theme + "' is not one of " + THEMES)));
    return findings;
  }

  private static List<Finding> problems(List<ContentProblem> problems) {
    return problems.stream()
        .map(problem -> new Finding(LOADING, problem.file(), problem.line(),
            (problem.field().isEmpty() ? "" : problem.field() + ": ") + problem.message()
                + (problem.severity() == ContentProblem.Severity.WARNING ? " (warning)" : "")))
        .toList();
  }

  /** Check 4: the public text of every theme article links to every catalogue product of its theme. */
  List<Finding> themeLinks(Optional<KnowledgeBase> kb) {
    List<Finding> findings = new ArrayList<>();
    for (RawArticle article : files.articles()) {
      if (!article.type().equals("theme") || !THEMES.contains(article.id())) {
        continue;
      }
      String markdown = kb.flatMap(base -> base.article(article.id(), Channel.PUBLIC))
          .map(ContentChecks::sectionsMarkdown)
          .orElseGet(article::publicMarkdown);
      Set<String> linked = linkedIds(markdown);
      for (Catalogue.Product product : catalogue.ofTheme(article.id())) {
        if (!linked.contains(product.id())) {
          findings.add(Finding.of(THEME_LINKS, article.file(), "does not link to product '" + product.id()
              + "' of its theme; add [title](kb:" + product.id() + ") under ## Producten"));
        }
      }
    }
    return findings;
  }

  private static String sectionsMarkdown(Article article) {
    return article.sections().stream().map(Section::markdown).collect(Collectors.joining("\n\n"));
  }

  /** The ids of the {@code kb:} links in Markdown. */
  static Set<String> linkedIds(String markdown) {
    Matcher matcher = KB_LINK.matcher(markdown);
    Set<String> ids = new LinkedHashSet<>();
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }
}
