package org.kennisbank.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kennisbank.content.ContentFiles.RawArticle;

/**
 * The size of a content root, for the lead's figures.
 *
 * @param articlesByType article count per front-matter type ({@code product}, {@code theme},
 *     {@code faq}; an empty type for files whose front matter does not read)
 * @param publicWords words in the bodies before {@code ## Intern}
 * @param internalWords words in the internal parts
 * @param keywords keyword entries over all articles; {@code distinctKeywords} without repeats
 * @param oneWayRules synonym rules with {@code =>}; {@code equivalenceRules} the multi-way ones
 * @param bestBetQueries best bet lines; {@code bestBetIds} the article ids pinned on them
 */
record ContentStatistics(
    Map<String, Long> articlesByType,
    long publicWords,
    long internalWords,
    long keywords,
    long distinctKeywords,
    int oneWayRules,
    int equivalenceRules,
    int bestBetQueries,
    int bestBetIds) {

  private static final Pattern LINK_TARGET = Pattern.compile("]\\([^)]*\\)");

  ContentStatistics {
    articlesByType = Collections.unmodifiableMap(new TreeMap<>(articlesByType));
  }

  static ContentStatistics of(ContentFiles files) {
    List<RawArticle> articles = files.articles();
    Map<String, Long> byType = articles.stream()
        .collect(Collectors.groupingBy(RawArticle::type, TreeMap::new, Collectors.counting()));
    long publicWords = articles.stream().mapToLong(a -> words(a.publicMarkdown())).sum();
    long internalWords = articles.stream().mapToLong(a -> words(a.internalMarkdown())).sum();
    long keywords = articles.stream().mapToLong(a -> a.list("keywords").size()).sum();
    long distinctKeywords = articles.stream().flatMap(a -> a.list("keywords").stream())
        .map(String::toLowerCase).distinct().count();
    List<String> rules = contentLines(files.synonyms());
    int oneWay = (int) rules.stream().filter(rule -> rule.contains("=>")).count();
    List<String> bets = contentLines(files.bestBets());
    int betIds = bets.stream()
        .mapToInt(line -> line.contains("\t") ? line.substring(line.indexOf('\t') + 1).split(",").length : 0)
        .sum();
    return new ContentStatistics(byType, publicWords, internalWords, keywords, distinctKeywords,
        oneWay, rules.size() - oneWay, bets.size(), betIds);
  }

  long articles() {
    return articlesByType.values().stream().mapToLong(Long::longValue).sum();
  }

  long articlesOfType(String type) {
    return articlesByType.getOrDefault(type, 0L);
  }

  long bodyWords() {
    return publicWords + internalWords;
  }

  int synonymRules() {
    return oneWayRules + equivalenceRules;
  }

  /** The lines that are not blank and not {@code #} comments. */
  static List<String> contentLines(String text) {
    return text.lines().filter(line -> !line.isBlank() && !line.strip().startsWith("#")).toList();
  }

  /** Words of Markdown: tokens with a letter or digit, link targets and markup left out. */
  static long words(String markdown) {
    return TextChecks.wordCount(LINK_TARGET.matcher(markdown).replaceAll("]"));
  }

  /** The figures as a small report, one per line. */
  String report() {
    return String.join("\n",
        "articles: " + articles() + " (" + articlesByType.entrySet().stream()
            .map(entry -> (entry.getKey().isEmpty() ? "(no type)" : entry.getKey()) + " " + entry.getValue())
            .collect(Collectors.joining(", ")) + ")",
        "words in bodies: " + bodyWords() + " (public " + publicWords + ", internal " + internalWords + ")",
        "keywords: " + keywords + " (" + distinctKeywords + " distinct)",
        "synonym rules: " + synonymRules() + " (one-way " + oneWayRules + ", multi-way " + equivalenceRules + ")",
        "best bets: " + bestBetQueries + " queries pinning " + bestBetIds + " articles");
  }
}
