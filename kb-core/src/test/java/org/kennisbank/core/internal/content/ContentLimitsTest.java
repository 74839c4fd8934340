package org.kennisbank.core.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.core.ContentProblem;

/** Issue 12 items 1, 6 and 7: nesting, size, links out of the content directory and bad UTF-8, each reported with its file. */
class ContentLimitsTest {

  private static final String LEADING_MARKUP = "body: starts with more than 100 characters of indentation and markup (spaces, '>', '*', '-', '_', '+'): quotes or lists nested too deep, or too long a rule";

  private final ArticleParser parser = new ArticleParser();

  static String deepQuote(int depth) {
    return ">".repeat(depth) + " diep";
  }

  static String deepList(int depth) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      list.append("  ".repeat(i)).append("- punt ").append(i).append('\n');
    }
    return list.toString();
  }

  @Test
  void a_quote_nested_a_thousand_deep_is_an_error_with_its_line_not_a_stack_overflow() {
    ArticleParser.Outcome outcome = SmallStack.call(() -> parser.parse(Articles.FILE, Articles.withText(deepQuote(1000))));

    assertThat(outcome.article()).isEmpty();
    assertThat(outcome.problems()).map(ContentProblem::toString).containsExactly(Articles.FILE + ":18: " + LEADING_MARKUP);
  }

  @Test
  void emphasis_nested_deeper_than_the_limit_is_an_error_with_its_line() {
    ArticleParser.Outcome outcome = SmallStack.call(() -> parser.parse(Articles.FILE,
        Articles.withText("Tekst " + "*".repeat(90) + "nadruk" + "*".repeat(90))));

    assertThat(outcome.article()).isEmpty();
    assertThat(outcome.problems()).singleElement().asString().matches(
        java.util.regex.Pattern.quote(Articles.FILE) + ":18: body: Markdown is nested \\d+ levels deep here \\(lists, quotes, emphasis inside each other\\); at most 32 are allowed");
  }

  @Test
  void a_list_nested_200_deep_is_an_error_not_a_stack_overflow() {
    ArticleParser.Outcome outcome = SmallStack.call(() -> parser.parse(Articles.FILE, Articles.withText(deepList(200))));

    assertThat(outcome.article()).isEmpty();
    // Level 51 is the first indented by more than 100 spaces.
    assertThat(outcome.problems()).map(ContentProblem::toString).containsExactly(Articles.FILE + ":" + (Articles.FIRST_TEXT_LINE + 50) + ": " + LEADING_MARKUP);
  }

  @Test
  void rendering_and_plain_text_never_overflow_whatever_the_nesting() {
    String deep = deepQuote(20_000) + "\n\n" + "*".repeat(5000) + "x" + "*".repeat(5000) + "\n\n" + "[".repeat(5000) + "x" + "]".repeat(5000);
    String rule = "*".repeat(5000);

    String html = SmallStack.call(() -> MarkdownBody.toHtml(deep));
    String text = SmallStack.call(() -> MarkdownBody.toPlainText(deep));

    assertThat(html).startsWith("<p>&gt;&gt;&gt;");
    assertThat(text).contains("diep");
    assertThat(SmallStack.call(() -> MarkdownBody.toHtml(rule))).isEqualTo("<p>" + rule + "</p>");
    assertThat(SmallStack.call(() -> MarkdownBody.toHtml("   " + rule + " tekst"))).endsWith(" tekst</p>");
    assertThat(SmallStack.call(() -> MarkdownBody.toPlainText(rule))).isEqualTo(rule);
  }

  @Test
  void a_long_line_of_rule_characters_is_an_error_not_a_stack_overflow() {
    ArticleParser.Outcome outcome = SmallStack.call(() -> parser.parse(Articles.FILE, Articles.withText("- - " + "-".repeat(3000))));

    assertThat(outcome.problems()).map(ContentProblem::toString).containsExactly(Articles.FILE + ":18: " + LEADING_MARKUP);
  }

  @Test
  void lists_nested_a_few_deep_still_load() {
    ArticleParser.Outcome outcome = SmallStack.call(() -> parser.parse(Articles.FILE, Articles.withText(deepList(8) + "\n> > > citaat")));

    assertThat(outcome.problems()).isEmpty();
  }

  @Test
  void an_article_text_over_the_size_limit_is_refused_without_parsing() {
    String text = Articles.withText("woord ".repeat(12_000));

    assertThat(parser.parse(Articles.FILE, text).problems()).map(ContentProblem::toString).containsExactly(
        Articles.FILE + ": is " + text.length() + " characters long; an article may have at most 65536 bytes");
  }

  @Test
  void too_many_headings_are_an_error() {
    String text = Articles.withText("### Kop\n\ntekst\n\n".repeat(101));

    assertThat(parser.parse(Articles.FILE, text).problems()).map(ContentProblem::toString)
        .containsExactly(Articles.FILE + ":15: body: has 105 headings; at most 100 are allowed");
  }

  @Test
  void a_deep_article_a_huge_file_a_link_outside_and_bad_utf8_are_each_reported_and_the_rest_loads(@TempDir Path dir) throws IOException {
    Path content = dir.resolve("content");
    Path articles = Files.createDirectories(content.resolve("articles"));
    Files.writeString(articles.resolve("grofvuil.md"), Articles.GOOD);
    Files.writeString(articles.resolve("diep.md"), Articles.GOOD.replace("id: grofvuil", "id: diep").replace("Afval dat", deepQuote(10_000)));
    Files.writeString(articles.resolve("groot.md"), "---\n" + "x".repeat(ContentLimits.MAX_ARTICLE_BYTES) + "\n");
    Path outside = Files.writeString(dir.resolve("geheim.md"), Articles.GOOD.replace("id: grofvuil", "id: geheim"));
    Files.createSymbolicLink(articles.resolve("geheim.md"), outside);
    Files.createSymbolicLink(articles.resolve("binnen.md"), articles.resolve("grofvuil.md"));
    byte[] latin1 = Articles.GOOD.replace("id: grofvuil", "id: latin").replace("Gratis.", "Gratis \u00e9\u00e9n keer.")
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(articles.resolve("latin.md"), latin1);

    LoadedContent loaded = new ContentLoader().load(content);

    assertThat(loaded.articles()).extracting(org.kennisbank.core.Article::id).containsExactly("grofvuil");
    List<String> problems = loaded.problems().stream().map(ContentProblem::toString).toList();
    assertThat(problems).contains(
        "articles/diep.md:18: " + LEADING_MARKUP,
        "articles/groot.md: is larger than 64 KiB; a file may have at most 64 KiB (65536 bytes)");
    assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith("articles/latin.md:22: is not valid UTF-8 (byte "));
    assertThat(problems).anySatisfy(problem -> assertThat(problem)
        .startsWith("articles/geheim.md: is a link to ").endsWith(", outside the content directory; links out of the content directory are not followed"));
    // A link that stays inside the content directory is followed.
    assertThat(problems).contains("articles/binnen.md:2: id: 'grofvuil' must equal the file name 'binnen'");
  }
}
