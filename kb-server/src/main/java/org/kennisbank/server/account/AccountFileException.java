package org.kennisbank.server.account;

import org.kennisbank.core.KbException;

/** The accounts file could not be read or written; the message names the file and, for content, the line. */
public final class AccountFileException extends KbException {
  private static final long serialVersionUID = 1L;

  public AccountFileException(String message) {
    super(message);
  }

  public AccountFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
