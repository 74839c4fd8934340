package org.kennisbank.core.internal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kennisbank.core.Article;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Suggestion;
import org.kennisbank.core.internal.content.BestBetsFile;

/**
 * Completes what someone is typing from the titles and keywords of the articles. A title that
 * starts with the text comes first, then a keyword that does, then one with a word that does;
 * products before other types, shorter before longer. One suggestion per article. Immutable.
 */
public final class Suggester {

  private record Entry(String text, String normalized, Article article, int kind) {}

  private static final int TITLE = 0;
  private static final int KEYWORD = 1;

  private final Map<String, List<Entry>> byArticle;
  private final List<Entry> entries;

  public Suggester(List<Article> articles) {
    this(articles, Map.of());
  }

  /** A suggester for {@code articles} that reuses the entries of {@code previous} for articles that did not change. */
  public Suggester(List<Article> articles, Suggester previous) {
    this(articles, previous.byArticle);
  }

  private Suggester(List<Article> articles, Map<String, List<Entry>> previous) {
    Map<String, List<Entry>> map = new LinkedHashMap<>();
    List<Entry> all = new ArrayList<>();
    for (Article article : articles) {
      List<Entry> known = previous.get(article.id());
      // The loader hands on the same instance for an unchanged file, so identity is enough.
      List<Entry> own = known != null && known.get(0).article() == article ? known : entries(article);
      map.put(article.id(), own);
      all.addAll(own);
    }
    this.byArticle = map;
    this.entries = List.copyOf(all);
  }

  private static List<Entry> entries(Article article) {
    List<Entry> list = new ArrayList<>();
    list.add(new Entry(article.title(), fold(BestBetsFile.normalize(article.title())), article, TITLE));
    for (String keyword : article.keywords()) {
      list.add(new Entry(keyword, fold(BestBetsFile.normalize(keyword)), article, KEYWORD));
    }
    return List.copyOf(list);
  }

  public List<Suggestion> suggest(String prefix, int limit) {
    String wanted = fold(BestBetsFile.normalize(prefix));
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<Ranked> ranked = new ArrayList<>();
    for (Entry entry : entries) {
      String text = entry.normalized();
      int position = text.startsWith(wanted) ? 0 : text.contains(" " + wanted) ? 1 : -1;
      if (position >= 0) {
        ranked.add(new Ranked(entry, position * 2 + entry.kind()));
      }
    }
    ranked.sort(Comparator.comparingInt(Ranked::rank)
        .thenComparing(r -> r.entry().article().type() != ArticleType.PRODUCT)
        .thenComparingInt(r -> r.entry().text().length())
        .thenComparing(r -> r.entry().text()));
    Map<String, Suggestion> byArticle = new LinkedHashMap<>();
    for (Ranked r : ranked) {
      Article article = r.entry().article();
      byArticle.putIfAbsent(article.id(), new Suggestion(r.entry().kind() == TITLE ? article.title() : r.entry().text() + " → " + article.title(), article.id(), article.type()));
      if (byArticle.size() == limit) {
        break;
      }
    }
    return List.copyOf(byArticle.values());
  }

  private record Ranked(Entry entry, int rank) {}

  private static String fold(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
