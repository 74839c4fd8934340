package org.kennisbank.server.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps library log messages off the terminal unless asked for with {@code --verbose}: Lucene's
 * notice about the vector module (java.util.logging) and the INFO lines of Javalin and Jetty
 * (slf4j-simple). Warnings and errors of the server still show. Must run before Lucene or
 * slf4j are first used, which is why {@link Main} calls it before a command runs.
 */
final class Logging {

  /** The logger of Lucene's vectorization provider, which reports at startup whether the vector module is used. */
  static final String LUCENE_VECTORIZATION = "org.apache.lucene.internal.vectorization";
  static final String SLF4J_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  /** Held here because java.util.logging keeps loggers weakly: a dropped logger forgets its level. */
  private static final Logger VECTORIZATION = Logger.getLogger(LUCENE_VECTORIZATION);

  private Logging() {}

  /** Quiet unless verbose; a level set with {@code -Dorg.slf4j.simpleLogger.defaultLogLevel} is kept. */
  static void configure(boolean verbose) {
    VECTORIZATION.setLevel(verbose ? null : Level.OFF);
    if (!verbose && System.getProperty(SLF4J_LEVEL) == null) {
      System.setProperty(SLF4J_LEVEL, "warn");
    }
  }
}
