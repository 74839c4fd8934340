package org.kennisbank.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.kennisbank.bench.measure.SizeReport;

/**
 * Writes the chart of docs/performance.md as SVG: latency (left) and heap after open (right)
 * against corpus size, both axes logarithmic, Kennisbank in colour and plain Lucene in grey; a
 * second run ("before") is drawn dashed beside the current one when given.
 */
public final class SvgChart {

  private static final int PANEL = 440;
  private static final int HEIGHT = 340;
  private static final int MARGIN = 55;

  /** One line of the chart. */
  private record Series(String name, String colour, ToDoubleFunction<SizeReport> value) {}

  private static final List<Series> LATENCY = List.of(
      new Series("full search p50", "#1f77b4", r -> r.fullSearch().p50()),
      new Series("full search p99", "#aec7e8", r -> r.fullSearch().p99()),
      new Series("as-you-type p99", "#ff7f0e", r -> r.typing().p99()),
      new Series("suggest p50", "#2ca02c", r -> r.suggest().p50()),
      new Series("Lucene full p50", "#7f7f7f", r -> r.fullSearchLuceneDutch().p50()),
      new Series("Lucene suggest p50", "#c7c7c7", r -> r.suggestLucene().p50()));
  private static final List<Series> MEMORY = List.of(
      new Series("Kennisbank heap MB", "#d62728", SizeReport::heapAfterOpenMb),
      new Series("open s", "#9467bd", r -> r.openMs() / 1e3),
      new Series("Lucene heap MB", "#7f7f7f", SizeReport::luceneHeapMb),
      new Series("Lucene build s", "#c7c7c7", r -> r.luceneBuildMs() / 1e3));

  private SvgChart() {}

  public static void write(List<SizeReport> now, List<SizeReport> before, Path file) {
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "font-family=\"sans-serif\" font-size=\"11\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", 2 * PANEL, HEIGHT));
    panel(svg, 0, "latency (ms) against articles", LATENCY, now, before);
    panel(svg, PANEL, "heap after open (MB), open / build (s)", MEMORY, now, before);
    svg.append("</svg>\n");
    try {
      Files.writeString(file, svg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void panel(StringBuilder svg, int left, String title, List<Series> series, List<SizeReport> now, List<SizeReport> before) {
    double minX = Double.MAX_VALUE;
    double maxX = 0;
    double minY = Double.MAX_VALUE;
    double maxY = 0;
    for (List<SizeReport> run : List.of(now, before)) {
      for (SizeReport r : run) {
        minX = Math.min(minX, r.articles());
        maxX = Math.max(maxX, r.articles());
        for (Series s : series) {
          double v = s.value().applyAsDouble(r);
          if (v > 0 && !Double.isNaN(v)) {
            minY = Math.min(minY, v);
            maxY = Math.max(maxY, v);
          }
        }
      }
    }
    double x0 = Math.floor(Math.log10(minX));
    double x1 = Math.max(x0 + 1, Math.ceil(Math.log10(maxX)));
    double y0 = Math.floor(Math.log10(minY));
    double y1 = Math.max(y0 + 1, Math.ceil(Math.log10(maxY)));
    int plotW = PANEL - 2 * MARGIN;
    int plotH = HEIGHT - 2 * MARGIN - 30;
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"13\">%s</text>%n", left + MARGIN, title));
    for (double d = x0; d <= x1; d++) {
      double x = left + MARGIN + (d - x0) / (x1 - x0) * plotW;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
          + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, MARGIN, x, MARGIN + plotH, x, MARGIN + plotH + 15, label(d)));
    }
    for (double d = y0; d <= y1; d++) {
      double y = MARGIN + plotH - (d - y0) / (y1 - y0) * plotH;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
          + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", left + MARGIN, y, left + MARGIN + plotW, y, left + MARGIN - 5, y + 4, label(d)));
    }
    int legendY = MARGIN + plotH + 32;
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      line(svg, now, s, false, left, x0, x1, y0, y1, plotW, plotH);
      line(svg, before, s, true, left, x0, x1, y0, y1, plotW, plotH);
      int lx = left + MARGIN + (i % 2) * 190;
      int ly = legendY + (i / 2) * 14;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
          + "<text x=\"%d\" y=\"%d\">%s</text>%n", lx, ly - 4, lx + 18, ly - 4, s.colour(), lx + 22, ly, s.name()));
    }
    if (!before.isEmpty()) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555\">dashed: before (main's code)</text>%n",
          left + MARGIN, legendY + 3 * 14));
    }
  }

  private static void line(StringBuilder svg, List<SizeReport> run, Series s, boolean dashed, int left,
      double x0, double x1, double y0, double y1, int plotW, int plotH) {
    StringBuilder points = new StringBuilder();
    for (SizeReport r : run) {
      double v = s.value().applyAsDouble(r);
      if (v > 0 && !Double.isNaN(v)) {
        double x = left + MARGIN + (Math.log10(r.articles()) - x0) / (x1 - x0) * plotW;
        double y = MARGIN + plotH - (Math.log10(v) - y0) / (y1 - y0) * plotH;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>%n", x, y, s.colour()));
      }
    }
    if (!points.isEmpty()) {
      svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
          points.toString().strip(), s.colour(), dashed ? " stroke-dasharray=\"5,4\"" : ""));
    }
  }

  private static String label(double exponent) {
    double value = Math.pow(10, exponent);
    return value >= 1 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%s", value < 0.01 ? "0.00" + (int) Math.round(value * 1000) : String.valueOf(Math.round(value * 100) / 100.0));
  }
}
