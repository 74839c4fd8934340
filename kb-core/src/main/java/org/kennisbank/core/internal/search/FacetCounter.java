package org.kennisbank.core.internal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import java.util.function.Function;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Audience;
import org.kennisbank.core.FacetValue;
import org.kennisbank.core.Facets;
import org.kennisbank.core.Theme;

/**
 * Counts the matching documents per theme, type and audience from their doc values, in the same
 * search that finds them.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Facets> {

  private static final List<String> FIELDS = List.of(Fields.THEME, Fields.TYPE, Fields.AUDIENCE);

  @Override
  public Counts newCollector() {
    return new Counts();
  }

  @Override
  public Facets reduce(Collection<Counts> collectors) {
    Map<String, Map<String, Integer>> totals = new HashMap<>();
    for (Counts counts : collectors) {
      counts.byField.forEach((field, values) -> values.forEach((value, count) ->
          totals.computeIfAbsent(field, f -> new HashMap<>()).merge(value, count, Integer::sum)));
    }
    return new Facets(
        sorted(totals.get(Fields.THEME), id -> Theme.fromId(id).map(Theme::title).orElse(id)),
        sorted(totals.get(Fields.TYPE), id -> ArticleType.fromId(id).map(ArticleType::label).orElse(id)),
        sorted(totals.get(Fields.AUDIENCE), id -> Audience.fromId(id).map(Audience::label).orElse(id)));
  }

  private static List<FacetValue> sorted(Map<String, Integer> counts, Function<String, String> label) {
    if (counts == null) {
      return List.of();
    }
    List<FacetValue> values = new ArrayList<>();
    counts.forEach((value, count) -> values.add(new FacetValue(value, label.apply(value), count)));
    values.sort(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return values;
  }

  /** Counts for one search thread. */
  static final class Counts implements Collector {
    private final Map<String, Map<String, Integer>> byField = new HashMap<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      List<SortedSetDocValues> values = new ArrayList<>();
      for (String field : FIELDS) {
        values.add(DocValues.getSortedSet(context.reader(), field));
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (int i = 0; i < FIELDS.size(); i++) {
            SortedSetDocValues docValues = values.get(i);
            if (docValues.advanceExact(doc)) {
              Map<String, Integer> counts = byField.computeIfAbsent(FIELDS.get(i), f -> new HashMap<>());
              for (int n = 0; n < docValues.docValueCount(); n++) {
                counts.merge(docValues.lookupOrd(docValues.nextOrd()).utf8ToString(), 1, Integer::sum);
              }
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
