package org.kennisbank.bench.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kennisbank.bench.queries.BenchQuery;
import org.kennisbank.bench.queries.QueryMix;

/**
 * The HTTP load test: the real server ({@code ./kb serve}, rate limit off) in a child JVM on
 * 127.0.0.1, and Debian's {@code wrk} with a Lua script that rotates through a query list, for a
 * bounded time per cell: a mixed search list (full searches and search-as-you-type keystrokes) and
 * suggest, at each number of connections, with the result cache off and on. Each server gets a
 * short warm-up run that is not counted.
 */
final class LoadTest {

  private static final int WARM_UP_SECONDS = 3;
  private static final long START_TIMEOUT_SECONDS = 1_800;

  private LoadTest() {}

  static List<SizeReport.LoadCell> run(Path content, QueryMix mix, int port, int seconds, List<Integer> connections) {
    try {
      Path script = Files.createTempFile("kb-bench-rotate", ".lua");
      try (InputStream lua = LoadTest.class.getResourceAsStream("/load/rotate.lua")) {
        Files.write(script, lua.readAllBytes());
      }
      Path searches = Files.createTempFile("kb-bench-search", ".txt");
      Path suggests = Files.createTempFile("kb-bench-suggest", ".txt");
      Files.write(searches, searchPaths(mix));
      Files.write(suggests, mix.keystrokes().stream().map(q -> "/api/suggest?q=" + encode(q)).toList());
      List<SizeReport.LoadCell> cells = new ArrayList<>();
      for (boolean cache : List.of(false, true)) {
        Process server = startServer(content, port, cache);
        try {
          wrk(script, searches, port, WARM_UP_SECONDS, 8);
          for (String workload : List.of("search", "suggest")) {
            for (int c : connections) {
              long[] r = wrk(script, workload.equals("search") ? searches : suggests, port, seconds, c);
              cells.add(new SizeReport.LoadCell(workload, cache, c, r[0] / (r[1] / 1e6), r[2] / 1e3, r[3] / 1e3, r[0], r[4]));
            }
          }
        } finally {
          server.destroy();
          server.waitFor(30, TimeUnit.SECONDS);
        }
      }
      Files.deleteIfExists(script);
      Files.deleteIfExists(searches);
      Files.deleteIfExists(suggests);
      return cells;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during the load test", e);
    }
  }

  /** Full searches and keystrokes of search-as-you-type, alternating. */
  private static List<String> searchPaths(QueryMix mix) {
    List<String> paths = new ArrayList<>();
    int typed = 0;
    for (BenchQuery query : mix.searches()) {
      paths.add("/api/search?q=" + encode(query.text()));
      for (int k = 0; k < 3 && typed < mix.keystrokes().size(); k++) {
        paths.add("/api/search?typing=true&q=" + encode(mix.keystrokes().get(typed++)));
      }
    }
    return paths;
  }

  private static Process startServer(Path content, int port, boolean cache) throws IOException {
    List<String> command = new ArrayList<>(ChildJvm.javaCommand("", cache ? "" : "0"));
    command.addAll(List.of("org.kennisbank.server.cli.Main", "serve", "--content", content.toString(),
        "--port", Integer.toString(port), "--host", "127.0.0.1", "--rate-limit", "0"));
    Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader reader = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    for (String line = reader.readLine(); ; line = reader.readLine()) {
      if (line == null || System.nanoTime() > deadline) {
        server.destroy();
        throw new IllegalStateException("the server did not start on port " + port + (line == null ? "" : " in time"));
      }
      if (line.startsWith("Kennisbank is listening")) {
        break;
      }
    }
    Thread drain = new Thread(() -> reader.lines().forEach(line -> { }), "kb-bench-server-output");
    drain.setDaemon(true);
    drain.start();
    return server;
  }

  /** Requests, duration (µs), p50 (µs), p99 (µs), errors (socket errors and non-2xx/3xx answers). */
  private static long[] wrk(Path script, Path paths, int port, int seconds, int connections) throws IOException, InterruptedException {
    List<String> command = List.of("wrk", "-t", Integer.toString(Math.min(2, connections)), "-c", Integer.toString(connections),
        "-d", seconds + "s", "--timeout", "5s", "-s", script.toString(), "http://127.0.0.1:" + port, "--", paths.toString());
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    for (String line : output.split("\n")) {
      if (line.startsWith("wrk-result ")) {
        String[] f = line.split(" ");
        return new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5])};
      }
    }
    throw new IllegalStateException("wrk gave no result: " + output.strip());
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
