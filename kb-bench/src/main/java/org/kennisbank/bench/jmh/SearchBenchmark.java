package org.kennisbank.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kennisbank.bench.corpus.Corpus;
import org.kennisbank.bench.queries.BenchQuery;
import org.kennisbank.bench.queries.QueryMix;
import org.kennisbank.core.Channel;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchFilters;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.SearchResult;
import org.kennisbank.core.Suggestion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process hot paths on a bench corpus, result cache off: a full search, a search-as-you-type
 * keystroke and a suggestion, each call the next query of the bench's query mix. Run with
 * {@code java -cp "kb-bench/target/kb-bench.jar:kb-bench/target/lib/*" org.openjdk.jmh.Main SearchBenchmark -p size=bundled,1000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Dkennisbank.result-cache.size=0", "--add-modules", "jdk.incubator.vector",
    "--enable-native-access=ALL-UNNAMED", "-Xss4m"})
public class SearchBenchmark {

  @Param({"bundled"})
  public String size;

  private KnowledgeBase kb;
  private List<String> searches;
  private List<String> keystrokes;
  private int next;

  @Setup(Level.Trial)
  public void open() {
    Corpus corpus = BenchCorpus.corpus(size);
    QueryMix mix = BenchCorpus.mix(corpus);
    searches = mix.searches().stream().map(BenchQuery::text).toList();
    keystrokes = mix.keystrokes();
    kb = KnowledgeBase.open(corpus.directory());
  }

  @TearDown(Level.Trial)
  public void close() {
    kb.close();
  }

  @Benchmark
  public SearchResult fullSearch() {
    return kb.search(new SearchRequest(searches.get(next++ % searches.size()), SearchFilters.NONE, Channel.PUBLIC, 1, 10, false));
  }

  @Benchmark
  public SearchResult typingSearch() {
    return kb.search(new SearchRequest(keystrokes.get(next++ % keystrokes.size()), SearchFilters.NONE, Channel.AGENT, 1, 10, true));
  }

  @Benchmark
  public List<Suggestion> suggest() {
    return kb.suggest(keystrokes.get(next++ % keystrokes.size()), 8);
  }
}
