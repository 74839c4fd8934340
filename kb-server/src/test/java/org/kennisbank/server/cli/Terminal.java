package org.kennisbank.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs {@code ./kb} commands in this JVM, with no KB_VERBOSE, and keeps what they print. */
final class Terminal {

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);

  /** The exit code of the command. */
  int run(String... args) {
    return Main.run(args, out, err, Map.of());
  }

  /** What was printed to standard output. */
  String printed() {
    return output.toString(StandardCharsets.UTF_8);
  }

  /** What was printed to standard error. */
  String complaints() {
    return errors.toString(StandardCharsets.UTF_8);
  }

  void clear() {
    output.reset();
    errors.reset();
  }
}
