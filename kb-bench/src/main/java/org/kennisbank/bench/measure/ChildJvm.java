package org.kennisbank.bench.measure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a child JVM with this JVM's classpath, for the probe and the server under load. */
public final class ChildJvm {

  /** The system property kb-core reads for the number of cached results per generation (0: off). */
  public static final String RESULT_CACHE_PROPERTY = "kennisbank.result-cache.size";

  private ChildJvm() {}

  /**
   * {@code java} with the given {@code -Xmx} (none when empty), the vector module and native access
   * as {@code ./kb} gives them, exit on OutOfMemoryError, and the result cache size (none: default).
   */
  public static List<String> javaCommand(String maxHeap, String resultCacheSize) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (!maxHeap.isEmpty()) {
      command.add("-Xmx" + maxHeap);
    }
    command.addAll(List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-XX:+ExitOnOutOfMemoryError", "-Xss4m"));
    if (!resultCacheSize.isEmpty()) {
      command.add("-D" + RESULT_CACHE_PROPERTY + "=" + resultCacheSize);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    return command;
  }
}
