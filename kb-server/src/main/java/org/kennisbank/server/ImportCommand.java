package org.kennisbank.server;

import java.io.PrintStream;

/** {@code ./kb import}: bring open data in as articles. */
final class ImportCommand {
  private ImportCommand() {}

  static int run(Main.Options options, PrintStream out) {
    throw new Main.UsageException("import is not available yet");
  }
}
