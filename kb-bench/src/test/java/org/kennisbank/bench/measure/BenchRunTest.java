package org.kennisbank.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.bench.report.BenchJson;
import org.kennisbank.bench.report.SvgChart;
import org.kennisbank.bench.report.TextReport;

/** The bench end to end on a tiny corpus: every in-process figure is taken, printed, saved and charted. */
class BenchRunTest {

  private static final Path JUDGMENTS = Path.of("../kb-content/src/test/resources");

  @Test
  void a_tiny_run_measures_every_in_process_figure_beside_plain_lucene(@TempDir Path dir) throws Exception {
    BenchRun run = new BenchRun(dir, JUDGMENTS, 3, 12, 30, "", 0, 0, List.of(1), 60);

    SizeReport report = run.measure("250", new PrintWriter(new StringWriter()));

    assertThat(report.articles()).isGreaterThan(240);
    for (Latency latency : List.of(report.fullSearch(), report.fullSearchLucene(), report.fullSearchLuceneDutch(),
        report.typing(), report.typingLucene(), report.suggest(), report.suggestLucene(), report.editorWrite())) {
      assertThat(latency.measured()).isTrue();
      assertThat(latency.p99()).isGreaterThanOrEqualTo(latency.p50()).isPositive();
    }
    assertThat(report.chat().measured()).as("no chat API yet: n/a").isFalse();
    assertThat(report.openArticlesPerSecond()).isPositive();
    assertThat(report.luceneArticlesPerSecond()).isPositive();

    StringWriter text = new StringWriter();
    TextReport.print(report, new PrintWriter(text));
    assertThat(text.toString()).contains("full search p50 / p99", "search-as-you-type", "suggest", "chat answer", "n/a");
    Path json = dir.resolve("bench.json");
    Files.writeString(json, BenchJson.write(List.of(report)));
    assertThat(BenchJson.read(json)).containsExactly(report);
    SvgChart.write(List.of(report), List.of(report), dir.resolve("chart.svg"));
    assertThat(Files.readString(dir.resolve("chart.svg"))).startsWith("<svg").contains("polyline");
  }

  @Test
  void the_editor_write_files_are_removed_again(@TempDir Path dir) throws Exception {
    BenchRun run = new BenchRun(dir, JUDGMENTS, 3, 5, 5, "", 0, 0, List.of(1), 60);

    run.measure("bundled", new PrintWriter(new StringWriter()));

    try (var files = Files.walk(dir)) {
      assertThat(files.map(Path::toString)).noneMatch(name -> name.contains("bench-schrijfproef"));
    }
  }
}
