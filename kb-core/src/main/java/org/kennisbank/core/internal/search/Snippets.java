package org.kennisbank.core.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.kennisbank.core.Channel;
import org.kennisbank.core.internal.analysis.DutchAnalysis;

/**
 * Marks the matched words in the best passage of an article: {@code <mark>} around them, every
 * other character HTML-escaped. The public snippet comes from the public sections only; on the
 * agent channel a second snippet comes from the internal part.
 */
final class Snippets {

  /** The public and the internal snippet of one article; empty when nothing matched there. */
  record Pair(String publicText, String internalText) {
    static final Pair NONE = new Pair("", "");
  }

  private static final int MAX_PASSAGE_CHARS = 240;
  private final DutchAnalysis analysis;

  Snippets(DutchAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * @param known the Lucene doc ids of articles the search already found; others (best bets
   *     that did not match) are looked up by id
   */
  Map<String, Pair> mark(IndexSearcher searcher, Query query, List<String> ids, Map<String, Integer> known, Channel channel) {
    try {
      ScoreDoc[] docs = new ScoreDoc[ids.size()];
      for (int i = 0; i < ids.size(); i++) {
        Integer doc = known.get(ids.get(i));
        if (doc != null) {
          docs[i] = new ScoreDoc(doc, 0f);
        } else {
          TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, ids.get(i))), 1);
          docs[i] = found.scoreDocs.length == 0 ? null : found.scoreDocs[0];
        }
      }
      List<ScoreDoc> present = java.util.Arrays.stream(docs).filter(java.util.Objects::nonNull).toList();
      TopDocs top = new TopDocs(new TotalHits(present.size(), TotalHits.Relation.EQUAL_TO), present.toArray(ScoreDoc[]::new));
      UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analysis.text())
          .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
          .withMaxLength(20_000)
          .withHighlightPhrasesStrictly(false)
          .build();
      String[] publicTexts = highlighter.highlight(Fields.BODY, query, top, 1);
      String[] internalTexts = channel == Channel.AGENT
          ? highlighter.highlight(Fields.INTERNAL, query, top, 1)
          : new String[present.size()];
      Map<String, Pair> pairs = new HashMap<>();
      int n = 0;
      for (int i = 0; i < ids.size(); i++) {
        if (docs[i] == null) {
          continue;
        }
        pairs.put(ids.get(i), new Pair(trim(publicTexts[n]), trim(internalTexts[n])));
        n++;
      }
      return pairs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps a snippet short: around the first mark when the passage is long. */
  private static String trim(String snippet) {
    if (snippet == null || !snippet.contains("<mark>")) {
      return "";
    }
    if (snippet.length() <= MAX_PASSAGE_CHARS) {
      return snippet.strip();
    }
    int mark = snippet.indexOf("<mark>");
    int start = Math.max(0, mark - MAX_PASSAGE_CHARS / 3);
    start = snippet.lastIndexOf(' ', start) < 0 ? 0 : snippet.lastIndexOf(' ', start) + 1;
    int end = Math.min(snippet.length(), start + MAX_PASSAGE_CHARS);
    int space = snippet.indexOf(' ', end);
    end = space < 0 ? snippet.length() : space;
    String cut = snippet.substring(start, end);
    if (cut.lastIndexOf("<mark>") > cut.lastIndexOf("</mark>")) {
      cut = cut + "</mark>";
    }
    cut = cut.replaceAll("&[a-zA-Z#0-9]*$", "");
    return (start > 0 ? "… " : "") + cut.strip() + (end < snippet.length() ? " …" : "");
  }

  /** HTML-escapes plain text. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
