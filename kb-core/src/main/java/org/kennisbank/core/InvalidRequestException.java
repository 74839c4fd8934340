package org.kennisbank.core;

/** A search, suggest or evaluation request whose arguments are out of range or malformed. */
public final class InvalidRequestException extends KbException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }
}
