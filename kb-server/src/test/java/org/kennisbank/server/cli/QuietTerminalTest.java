package org.kennisbank.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code ./kb} in its own JVM, started with the JVM options the {@code kb} script gives
 * every command but {@code serve} and {@code bench}, and reads what reaches the terminal.
 */
class QuietTerminalTest {

  private record Terminal(int exitCode, String out, String err) {}

  private static Terminal kb(boolean verboseVariable, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove(Main.VERBOSE_VARIABLE);
    if (verboseVariable) {
      builder.environment().put(Main.VERBOSE_VARIABLE, "1");
    }
    Process process = builder.start();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    String out = read(process.getInputStream());
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("kb finished").isTrue();
    return new Terminal(process.exitValue(), out, err.join());
  }

  private static String read(java.io.InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void search_prints_only_the_results() throws Exception {
    Terminal terminal = kb(false, "search", "paspoort", "--size", "1");

    assertThat(terminal.err()).isEmpty();
    assertThat(terminal.out()).contains(" 1. Paspoort  [paspoort, product]");
    assertThat(terminal.exitCode()).isZero();
  }

  @Test
  void verbose_option_or_variable_lets_the_library_messages_through(@TempDir Path empty) throws Exception {
    Files.createDirectories(empty.resolve("articles"));

    assertThat(kb(false, "validate", empty.toString(), "--verbose").err()).contains("vector");
    assertThat(kb(true, "validate", empty.toString()).err()).contains("vector");
  }
}
