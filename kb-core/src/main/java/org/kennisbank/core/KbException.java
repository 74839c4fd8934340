package org.kennisbank.core;

/**
 * The root of every exception Kennisbank throws. It is unchecked: callers catch it where they can
 * act on it, typically at the edge of an application.
 */
public class KbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KbException(String message) {
    super(message);
  }

  public KbException(String message, Throwable cause) {
    super(message, cause);
  }
}
