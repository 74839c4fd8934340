package org.kennisbank.content;

import java.util.Objects;

/**
 * One defect found by {@link ContentChecks}: which check found it, where, and what is wrong, in
 * words an editor can act on.
 *
 * @param file the file relative to the content root ({@code articles/products/paspoort.md},
 *     {@code synonyms.txt}); for text repeated between articles, every file, comma-separated
 * @param line the 1-based line, or 0 when the whole file is meant
 */
record Finding(Check check, String file, int line, String message) {

  /** The checks, in the order they run. */
  enum Check {
    CATALOGUE,
    LOADING,
    THEME_LINKS,
    SYNONYMS,
    PLACEHOLDERS,
    BOILERPLATE
  }

  Finding {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative; got: " + line);
    }
  }

  static Finding of(Check check, String file, String message) {
    return new Finding(check, file, 0, message);
  }

  /** As an editor reads it: {@code articles/products/x.md: summary is 312 characters; at most 300}. */
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
