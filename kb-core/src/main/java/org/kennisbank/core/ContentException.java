package org.kennisbank.core;

/**
 * Content that cannot be read at all: a content directory that does not exist, or a synonym file
 * that does not parse. Problems in single articles are not thrown; they are reported as {@link
 * ContentProblem}s while the other articles load.
 */
public final class ContentException extends KbException {
  private static final long serialVersionUID = 1L;

  public ContentException(String message) {
    super(message);
  }

  public ContentException(String message, Throwable cause) {
    super(message, cause);
  }
}
