package org.kennisbank.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.kennisbank.core.KnowledgeBase;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a knowledge base on a bench corpus (read, parse, index), one open per measurement. Run
 * with {@code java -cp "kb-bench/target/kb-bench.jar:kb-bench/target/lib/*" org.openjdk.jmh.Main OpenBenchmark -p size=bundled}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xss4m"})
public class OpenBenchmark {

  @Param({"bundled"})
  public String size;

  private Path content;

  @Setup(Level.Trial)
  public void corpus() {
    content = BenchCorpus.corpus(size).directory();
  }

  @Benchmark
  public int open() {
    try (KnowledgeBase kb = KnowledgeBase.open(content)) {
      return kb.size();
    }
  }
}
