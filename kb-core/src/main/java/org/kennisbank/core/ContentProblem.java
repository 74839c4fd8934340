package org.kennisbank.core;

import java.util.Objects;

/**
 * One problem found while loading content: the file, the line (1-based, 0 when the whole file is
 * meant), the field (empty when no single field is meant) and what is wrong.
 *
 * <p>An {@link Severity#ERROR} means the article was not loaded; a {@link Severity#WARNING} means it
 * was loaded but something in it needs an editor (a link that does not resolve, a review date past).
 */
public record ContentProblem(String file, int line, String field, String message, Severity severity) {

  /** How bad a problem is. */
  public enum Severity {
    /** The article was left out of the knowledge base. */
    ERROR,
    /** The article was loaded; an editor should still fix this. */
    WARNING
  }

  public ContentProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative: " + line);
    }
  }

  public static ContentProblem error(String file, int line, String field, String message) {
    return new ContentProblem(file, line, field, message, Severity.ERROR);
  }

  public static ContentProblem warning(String file, int line, String field, String message) {
    return new ContentProblem(file, line, field, message, Severity.WARNING);
  }

  /** The problem as an editor reads it: {@code articles/x.md:4: summary: is too long}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
    }
    text.append(": ");
    if (!field.isEmpty()) {
      text.append(field).append(": ");
    }
    text.append(message);
    if (severity == Severity.WARNING) {
      text.append(" (warning)");
    }
    return text.toString();
  }
}
