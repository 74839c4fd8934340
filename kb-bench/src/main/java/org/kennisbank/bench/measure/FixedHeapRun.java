package org.kennisbank.bench.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start to first answer and the fixed-heap check, in a fresh child JVM ({@link StartProbe}) with
 * {@code -Xmx} set: the wall time from starting the process to its first answer, its heap after
 * open, its share of time in garbage collection, and whether it died of OutOfMemoryError.
 */
final class FixedHeapRun {

  private FixedHeapRun() {}


  static FixedHeapResult run(Path content, List<String> queries, String maxHeap, long timeoutSeconds, String resultCacheSize) {
    try {
      Path queryFile = Files.createTempFile("kb-bench-queries", ".txt");
      Files.write(queryFile, queries);
      List<String> command = new ArrayList<>(ChildJvm.javaCommand(maxHeap, resultCacheSize));
      command.addAll(List.of(StartProbe.class.getName(), content.toString(), queryFile.toString()));
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      double firstAnswer = Double.NaN;
      String result = null;
      StringBuilder output = new StringBuilder();
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.equals(StartProbe.FIRST_ANSWER)) {
            firstAnswer = (System.nanoTime() - start) / 1e6;
          } else if (line.startsWith(StartProbe.RESULT + " ")) {
            result = line;
          } else if (output.length() < 2_000) {
            output.append(line).append('\n');
          }
        }
      }
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new FixedHeapResult(maxHeap, "timeout", firstAnswer, Double.NaN, Double.NaN, Double.NaN);
      }
      Files.deleteIfExists(queryFile);
      if (output.indexOf("OutOfMemoryError") >= 0) {
        return new FixedHeapResult(maxHeap, "OOM", firstAnswer, Double.NaN, Double.NaN, Double.NaN);
      }
      if (result == null) {
        return new FixedHeapResult(maxHeap, "failed: exit " + process.exitValue() + ": " + output.toString().strip().lines().findFirst().orElse(""),
            firstAnswer, Double.NaN, Double.NaN, Double.NaN);
      }
      String[] fields = result.split(" ");
      return new FixedHeapResult(maxHeap, "ok", firstAnswer, Double.parseDouble(fields[1]), Double.parseDouble(fields[2]), Double.parseDouble(fields[3]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the child JVM", e);
    }
  }
}
