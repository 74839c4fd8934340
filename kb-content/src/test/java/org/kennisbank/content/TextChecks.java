package org.kennisbank.content;

import static org.kennisbank.content.Finding.Check.BOILERPLATE;
import static org.kennisbank.content.Finding.Check.PLACEHOLDERS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kennisbank.content.ContentFiles.RawArticle;

/**
 * Checks on the words of articles: no placeholder text left by a writer, and no boilerplate
 * sentences copied between articles.
 */
final class TextChecks {

  /** A long sentence in this many articles or more is boilerplate. */
  static final int MAX_ARTICLES_PER_SENTENCE = 2;
  static final int MIN_BOILERPLATE_WORDS = 8;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  /** What a writer leaves behind, each with the name reported; whole words where a word could be part of another. */
  private static final Map<String, Pattern> PLACEHOLDERS_BY_NAME = Map.of(
      "lorem", Pattern.compile("\\blorem\\b", FLAGS),
      "ipsum", Pattern.compile("\\bipsum\\b", FLAGS),
      "TODO", Pattern.compile("\\btodo\\b", FLAGS),
      "XX", Pattern.compile("\\bxx+\\b", FLAGS),
      "[invullen]", Pattern.compile("\\[\\s*invullen\\s*]", FLAGS),
      "niet van toepassing", Pattern.compile("\\bniet\\s+van\\s+toepassing\\b", FLAGS),
      "placeholder", Pattern.compile("\\bplaceholder\\b", FLAGS));

  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"'‘“(€])");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

  private TextChecks() {}

  /** Check 7: placeholder text anywhere in an article file, front matter included, by line. */
  static List<Finding> placeholders(List<RawArticle> articles) {
    List<Finding> findings = new ArrayList<>();
    for (RawArticle article : articles) {
      for (int i = 0; i < article.lines().size(); i++) {
        String line = article.lines().get(i);
        for (Map.Entry<String, Pattern> placeholder : PLACEHOLDERS_BY_NAME.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
          if (placeholder.getValue().matcher(line).find()) {
            findings.add(new Finding(PLACEHOLDERS, article.file(), i + 1,
                "placeholder text '" + placeholder.getKey() + "': " + abbreviate(line.strip())));
          }
        }
      }
    }
    return findings;
  }

  /**
   * Check 8: sentences of {@value #MIN_BOILERPLATE_WORDS} words or more (headings and table rows
   * left out) that occur in more than {@value #MAX_ARTICLES_PER_SENTENCE} articles. Sentences are
   * compared case-insensitively, with Markdown markup and final punctuation removed.
   */
  static List<Finding> repeatedSentences(List<RawArticle> articles) {
    Map<String, Map<String, String>> filesBySentence = new LinkedHashMap<>();
    for (RawArticle article : articles) {
      for (String sentence : sentences(article.lines().subList(article.bodyStart(), article.lines().size()))) {
        if (wordCount(sentence) >= MIN_BOILERPLATE_WORDS) {
          filesBySentence.computeIfAbsent(key(sentence), k -> new LinkedHashMap<>()).putIfAbsent(article.file(), sentence);
        }
      }
    }
    return filesBySentence.values().stream()
        .filter(files -> files.size() > MAX_ARTICLES_PER_SENTENCE)
        .sorted(Comparator.comparing((Map<String, String> files) -> -files.size())
            .thenComparing(files -> files.keySet().iterator().next()))
        .map(files -> {
          String sentence = files.values().iterator().next();
          return Finding.of(BOILERPLATE, String.join(", ", files.keySet()), "sentence of " + wordCount(sentence)
              + " words repeated in " + files.size() + " articles: \"" + sentence + "\"");
        })
        .toList();
  }

  /** The sentences of a Markdown body: paragraphs and list items split at sentence ends. */
  static List<String> sentences(List<String> bodyLines) {
    List<String> units = new ArrayList<>();
    StringBuilder unit = new StringBuilder();
    for (String raw : bodyLines) {
      String line = raw.strip();
      boolean skipped = line.startsWith("#") || line.startsWith("|");
      boolean startsItem = LIST_ITEM.matcher(line).find();
      if (line.isEmpty() || skipped || startsItem) {
        flush(unit, units);
      }
      if (!line.isEmpty() && !skipped) {
        line = LIST_ITEM.matcher(line.replaceFirst("^>\\s*", "")).replaceFirst("");
        unit.append(line).append(' ');
      }
    }
    flush(unit, units);
    List<String> sentences = new ArrayList<>();
    for (String text : units) {
      for (String sentence : SENTENCE_END.split(plain(text))) {
        if (!sentence.isBlank()) {
          sentences.add(sentence.strip());
        }
      }
    }
    return sentences;
  }

  private static void flush(StringBuilder unit, List<String> units) {
    if (!unit.isEmpty()) {
      units.add(unit.toString());
      unit.setLength(0);
    }
  }

  private static String plain(String markdown) {
    return LINK.matcher(markdown).replaceAll(match -> Matcher.quoteReplacement(match.group(1)))
        .replaceAll("[*`]|(?<!\\w)_|_(?!\\w)", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static String key(String sentence) {
    return sentence.toLowerCase(Locale.ROOT).replaceAll("[\\s\"'‘’“”]+", " ").replaceAll("[.!?;:,\\s]+$", "").strip();
  }

  static int wordCount(String text) {
    int words = 0;
    for (String token : text.split("\\s+")) {
      if (WORD.matcher(token).find()) {
        words++;
      }
    }
    return words;
  }

  private static String abbreviate(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }
}
