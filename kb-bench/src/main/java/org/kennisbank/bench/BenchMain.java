package org.kennisbank.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kennisbank.bench.corpus.Corpora;
import org.kennisbank.bench.measure.BenchRun;
import org.kennisbank.bench.measure.ChildJvm;
import org.kennisbank.bench.measure.SizeReport;
import org.kennisbank.bench.report.BenchJson;
import org.kennisbank.bench.report.SvgChart;
import org.kennisbank.bench.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kb bench}: per corpus size, the latencies of full search, search-as-you-type, suggest
 * and a chat answer, the index build rate, start to first answer, an editor's write until visible,
 * heap after open and a run within a fixed {@code -Xmx}, each beside plain Lucene BM25 on the same
 * corpus and queries in the same run; {@code --http} adds the wrk load test. Figures, not a pass or fail.
 */
@Command(name = "./kb bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
    description = {"Latency, build rate, start, write-to-visible, heap and fixed-heap figures per corpus size,",
        "beside plain Lucene BM25 on the same articles and queries. Bundled: ~1 min; 1000: ~2 min;",
        "10000: ~5-10 min; 100000: a long run (opening alone took 9.5 min before the speed work)."})
public final class BenchMain implements Callable<Integer> {

  @Option(names = "--sizes", paramLabel = "LIST", split = ",", description = "corpus sizes: bundled and article counts (default: bundled,1000)")
  List<String> sizes = List.of(Corpora.BUNDLED, "1000");

  @Option(names = "--json", description = "print the figures as JSON on standard output (progress goes to standard error)")
  boolean json;

  @Option(names = "--save", paramLabel = "FILE", description = "also write the JSON figures to FILE")
  Optional<Path> save = Optional.empty();

  @Option(names = "--chart", paramLabel = "FILE", description = "write an SVG chart of latency and memory against size")
  Optional<Path> chart = Optional.empty();

  @Option(names = "--before", paramLabel = "FILE", description = "JSON of an earlier run, drawn dashed in the chart")
  Optional<Path> before = Optional.empty();

  @Option(names = "--render", paramLabel = "FILE", description = "measure nothing: print (and chart) the figures saved in FILE")
  Optional<Path> render = Optional.empty();

  @Option(names = "--http", description = "add the HTTP load test with wrk (server in a child JVM)")
  boolean http;

  @Option(names = "--http-seconds", paramLabel = "N", description = "seconds per load-test cell (default: ${DEFAULT-VALUE})")
  int httpSeconds = 10;

  @Option(names = "--connections", paramLabel = "LIST", split = ",", description = "wrk connections per cell (default: 1,8,32)")
  List<Integer> connections = List.of(1, 8, 32);

  @Option(names = "--port", paramLabel = "N", description = "port of the server under load, on 127.0.0.1 (default: ${DEFAULT-VALUE})")
  int port = 7199;

  @Option(names = "--xmx", paramLabel = "SIZE", description = "-Xmx of the fresh child JVM (start to first answer, GC share, OOM); none to skip (default: ${DEFAULT-VALUE})")
  String maxHeap = "512m";

  @Option(names = "--searches", paramLabel = "N", description = "full searches per size (default: ${DEFAULT-VALUE})")
  int searches = 400;

  @Option(names = "--keystrokes", paramLabel = "N", description = "keystrokes for search-as-you-type and suggest per size (default: ${DEFAULT-VALUE})")
  int keystrokes = 1000;

  @Option(names = "--seed", paramLabel = "N", description = "seed of the corpus and the query sample (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--work", paramLabel = "DIR", description = "where generated corpora are kept between runs (default: ${DEFAULT-VALUE})")
  Path work = Path.of("kb-bench/target/corpora");

  @Option(names = "--judgments", paramLabel = "DIR", description = "folder of the judgment files (default: ${DEFAULT-VALUE})")
  Path judgments = Path.of("kb-content/src/test/resources");

  @Option(names = "--child-timeout", paramLabel = "S", description = "seconds the fixed-heap child may take (default: ${DEFAULT-VALUE})")
  long childTimeout = 3_600;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the bench; the result cache is switched off first, so every query costs what a new one costs. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    System.setProperty(ChildJvm.RESULT_CACHE_PROPERTY, "0");
    return new CommandLine(new BenchMain()).setOut(out).setErr(err).execute(args);
  }

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter log = json ? new PrintWriter(System.err, true, StandardCharsets.UTF_8) : out;
    List<SizeReport> reports = new ArrayList<>();
    if (render.isPresent()) {
      reports.addAll(BenchJson.read(render.get()));
    } else {
      printMachine(log);
      BenchRun run = new BenchRun(work, judgments, seed, searches, keystrokes, maxHeap.equals("none") ? "" : maxHeap,
          http ? httpSeconds : 0, port, connections, childTimeout);
      for (String size : sizes) {
        Corpora.articles(size);
        SizeReport report = run.measure(size, log);
        reports.add(report);
        save(reports);
        if (!json) {
          TextReport.print(report, out);
        }
      }
    }
    if (json) {
      out.println(BenchJson.write(reports));
    } else if (render.isPresent()) {
      reports.forEach(report -> TextReport.print(report, out));
    }
    save(reports);
    chart.ifPresent(file -> SvgChart.write(reports, before.map(BenchJson::read).orElse(List.of()), file));
    return 0;
  }

  /** Writes the figures so far, after every size: a long run that is stopped keeps what it measured. */
  private void save(List<SizeReport> reports) {
    try {
      if (save.isPresent()) {
        Files.writeString(save.get(), BenchJson.write(reports));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void printMachine(PrintWriter log) {
    Runtime runtime = Runtime.getRuntime();
    log.printf("machine: %d cores, max heap %d MB, Java %s (%s); result cache off in process%n", runtime.availableProcessors(),
        runtime.maxMemory() >> 20, System.getProperty("java.version"), System.getProperty("java.vm.name"));
  }
}
