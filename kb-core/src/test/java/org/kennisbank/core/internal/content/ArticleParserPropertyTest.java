package org.kennisbank.core.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.Article;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.Section;

/**
 * Generated hostile articles (issue 12, "prove it"): whatever the input, parsing gives an article or
 * problems naming the file and a line, never an exception, on a stack half the server's default;
 * a loaded article never shows internal text in a public section, and its HTML holds no script,
 * event handler or link outside http, https, mailto, tel and internal paths.
 *
 * <p>Runs {@value #DEFAULT_CASES} cases from seed {@value #DEFAULT_SEED}; run more with
 * {@code -DKB_CASES=100000 -DKB_SEED=7} (or the environment variables of the same names).
 */
class ArticleParserPropertyTest {

  static final long DEFAULT_SEED = 20261204L;
  static final int DEFAULT_CASES = 1000;
  private static final long STACK_BYTES = 512 * 1024;
  private static final String FILE = "articles/grofvuil.md";

  @Test
  void any_generated_article_gives_an_article_or_problems_with_file_and_line_never_an_exception() throws InterruptedException {
    long seed = setting("KB_SEED").map(Long::parseLong).orElse(DEFAULT_SEED);
    int cases = setting("KB_CASES").map(Integer::parseInt).orElse(DEFAULT_CASES);
    List<String> failures = new ArrayList<>();
    int[] outcomes = new int[2];
    Thread thread = new Thread(null, () -> {
      GeneratedArticles articles = new GeneratedArticles(seed);
      ArticleParser parser = new ArticleParser();
      for (int i = 0; i < cases && failures.size() < 5; i++) {
        String text = articles.next();
        try {
          ArticleParser.Outcome outcome = parser.parse(FILE, text);
          check(text, outcome).ifPresent(failure -> failures.add(failure + "\n--- input ---\n" + abbreviate(text)));
          outcomes[outcome.article().isPresent() ? 0 : 1]++;
        } catch (Throwable t) {
          failures.add(t + "\n--- input ---\n" + abbreviate(text));
        }
      }
    }, "generated-articles", STACK_BYTES);
    long start = System.nanoTime();
    thread.start();
    thread.join();
    System.out.printf("%d generated articles (seed %d) on a %d KiB stack in %d ms: %d loaded, %d refused with problems%n",
        cases, seed, STACK_BYTES / 1024, (System.nanoTime() - start) / 1_000_000, outcomes[0], outcomes[1]);

    assertThat(failures).as("failures with seed %d", seed).isEmpty();
    assertThat(outcomes[0]).as("some generated articles load").isPositive();
    assertThat(outcomes[1]).as("some generated articles are refused").isPositive();
  }

  private static Optional<String> check(String text, ArticleParser.Outcome outcome) {
    long lines = text.lines().count() + 1;
    for (ContentProblem problem : outcome.problems()) {
      if (!problem.file().equals(FILE) || problem.line() > lines) {
        return Optional.of("problem without the file or with a line past the end: " + problem);
      }
    }
    if (outcome.article().isEmpty()) {
      return outcome.problems().stream().anyMatch(p -> p.severity() == ContentProblem.Severity.ERROR)
          ? Optional.empty() : Optional.of("left out without an error: " + outcome.problems());
    }
    Article article = outcome.article().get();
    for (Section section : article.sections()) {
      if (section.markdown().contains(GeneratedArticles.SECRET) || section.html().contains(GeneratedArticles.SECRET)) {
        return Optional.of("internal text in public section '" + section.title() + "'");
      }
    }
    for (Section section : concat(article.sections(), article.internal())) {
      Optional<String> unsafe = unsafeHtml(section.html());
      if (unsafe.isPresent()) {
        return Optional.of("unsafe HTML in section '" + section.title() + "': " + unsafe.get());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> unsafeHtml(String html) {
    for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      if (List.of("script", "iframe", "object", "embed", "style", "svg", "form", "input").contains(element.tagName())) {
        return Optional.of("<" + element.tagName() + ">");
      }
      for (Attribute attribute : element.attributes()) {
        if (attribute.getKey().startsWith("on") || attribute.getKey().equals("style")) {
          return Optional.of("attribute " + attribute.getKey());
        }
        if ((attribute.getKey().equals("href") || attribute.getKey().equals("src")) && !UrlPolicy.isAllowedLink(attribute.getValue())) {
          return Optional.of(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
        }
      }
    }
    return Optional.empty();
  }

  private static List<Section> concat(List<Section> a, List<Section> b) {
    List<Section> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Optional<String> setting(String name) {
    return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name))).filter(v -> !v.isBlank());
  }

  private static String abbreviate(String text) {
    return text.length() <= 1500 ? text : text.substring(0, 1500) + "... (" + text.length() + " characters)";
  }
}
