package org.kennisbank.server;

import java.io.PrintStream;

/** {@code ./kb eval}: search quality on relevance judgments. */
final class EvalCommand {
  private EvalCommand() {}

  static int run(Main.Options options, PrintStream out) {
    throw new Main.UsageException("eval is not available yet");
  }
}
