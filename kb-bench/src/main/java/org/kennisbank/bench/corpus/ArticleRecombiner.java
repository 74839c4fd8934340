package org.kennisbank.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes one new product article from the bundled ones: the front matter of a base article with a
 * new id and title, a summary of two sentences from two articles, keywords and questions drawn from
 * several; the opening section the base's, each other public section taken from the base or from another article with the same heading,
 * and in prose paragraphs one sentence swapped for a sentence from the same section of yet another
 * article. The internal part is the base's. Not thread-safe (it holds the seeded random source).
 */
final class ArticleRecombiner {

  private static final int MAX_SUMMARY = 300;
  private static final int QUESTIONS = 3;
  private static final String OPENING = "Wat is het";

  private final List<SourceArticle> sources;
  private final Random random;
  /** Sentences of prose paragraphs, by section heading. */
  private final Map<String, List<String>> sentences = new TreeMap<>();
  /** Articles by the headings they have. */
  private final Map<String, List<SourceArticle>> byHeading = new TreeMap<>();

  ArticleRecombiner(List<SourceArticle> sources, Random random) {
    this.sources = sources;
    this.random = random;
    for (SourceArticle source : sources) {
      source.sections().forEach((heading, text) -> {
        byHeading.computeIfAbsent(heading, h -> new ArrayList<>()).add(source);
        for (String paragraph : text.split("\n\\s*\n")) {
          if (isProse(paragraph)) {
            sentences.computeIfAbsent(heading, h -> new ArrayList<>()).addAll(sentencesOf(paragraph));
          }
        }
      });
    }
  }

  SourceArticle pickBase(int n) {
    return sources.get(n % sources.size());
  }

  /** The Markdown text of a new article with this id and title, built on {@code base}. */
  String article(SourceArticle base, String id, String title) {
    StringBuilder text = new StringBuilder("---\n");
    field(text, "id", id);
    field(text, "type", "product");
    text.append("title: ").append(quoted(title)).append('\n');
    text.append("summary: ").append(quoted(summary(base))).append('\n');
    list(text, "themes", base.list("themes"));
    list(text, "audience", base.list("audience"));
    list(text, "keywords", keywords(base));
    text.append("questions:\n");
    for (String question : questions(base)) {
      text.append("  - ").append(quoted(question)).append('\n');
    }
    field(text, "upl", base.text("upl"));
    list(text, "related", base.list("related"));
    field(text, "handling", base.text("handling"));
    field(text, "owner", base.text("owner"));
    field(text, "review", base.text("review"));
    if (!base.text("published").isEmpty()) {
      field(text, "published", base.text("published"));
    }
    text.append("---\n\n");
    for (String heading : base.sections().keySet()) {
      text.append("## ").append(heading).append("\n\n").append(section(base, heading)).append("\n\n");
    }
    return text.append(base.internal()).append('\n').toString();
  }

  private String section(SourceArticle base, String heading) {
    List<SourceArticle> others = byHeading.get(heading);
    // The opening section stays the base's, so that title and first paragraph agree, as in real content.
    boolean own = heading.equals(OPENING) || random.nextBoolean();
    SourceArticle from = own ? base : others.get(random.nextInt(others.size()));
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : from.sections().get(heading).split("\n\\s*\n")) {
      paragraphs.add(isProse(paragraph) ? swapOneSentence(paragraph, heading) : paragraph.strip());
    }
    return String.join("\n\n", paragraphs);
  }

  private String swapOneSentence(String paragraph, String heading) {
    List<String> own = new ArrayList<>(sentencesOf(paragraph));
    List<String> pool = sentences.getOrDefault(heading, List.of());
    if (pool.isEmpty() || random.nextInt(3) == 0) {
      return String.join(" ", own);
    }
    own.set(random.nextInt(own.size()), pool.get(random.nextInt(pool.size())));
    return String.join(" ", own);
  }

  private String summary(SourceArticle base) {
    String first = sentencesOf(base.text("summary")).get(0);
    SourceArticle other = sources.get(random.nextInt(sources.size()));
    List<String> second = sentencesOf(other.text("summary"));
    String combined = first + " " + second.get(random.nextInt(second.size()));
    return combined.length() <= MAX_SUMMARY ? combined : first.substring(0, Math.min(first.length(), MAX_SUMMARY));
  }

  private List<String> keywords(SourceArticle base) {
    LinkedHashSet<String> keywords = new LinkedHashSet<>();
    for (String keyword : base.list("keywords")) {
      if (random.nextInt(3) > 0) {
        keywords.add(keyword);
      }
    }
    List<String> other = sources.get(random.nextInt(sources.size())).list("keywords");
    if (!other.isEmpty()) {
      keywords.add(other.get(random.nextInt(other.size())));
    }
    return List.copyOf(keywords);
  }

  private List<String> questions(SourceArticle base) {
    LinkedHashSet<String> questions = new LinkedHashSet<>(base.list("questions").stream().limit(1).toList());
    for (int tries = 0; questions.size() < QUESTIONS && tries < 20; tries++) {
      List<String> other = sources.get(random.nextInt(sources.size())).list("questions");
      if (!other.isEmpty()) {
        questions.add(other.get(random.nextInt(other.size())));
      }
    }
    return List.copyOf(questions);
  }

  /** A paragraph of running text: no list, table, quote, heading or code. */
  private static boolean isProse(String paragraph) {
    for (String line : paragraph.strip().split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || "-*|>#`+".indexOf(trimmed.charAt(0)) >= 0 || trimmed.matches("^\\d+[.)] .*")) {
        return false;
      }
    }
    return !paragraph.isBlank();
  }

  private static List<String> sentencesOf(String text) {
    List<String> result = new ArrayList<>();
    for (String sentence : text.strip().replaceAll("\\s+", " ").split("(?<=[.!?]) (?=[A-Z])")) {
      if (!sentence.isBlank()) {
        result.add(sentence.strip());
      }
    }
    return result.isEmpty() ? List.of(text.strip()) : result;
  }

  private static void field(StringBuilder text, String name, String value) {
    text.append(name).append(": ").append(value).append('\n');
  }

  private static void list(StringBuilder text, String name, List<String> values) {
    if (!values.isEmpty()) {
      text.append(name).append(": [").append(String.join(", ", values.stream().map(ArticleRecombiner::quoted).toList())).append("]\n");
    }
  }

  static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
