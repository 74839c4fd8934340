package org.kennisbank.server.storage;

import org.kennisbank.core.KbException;

/** The operational database could not be opened, migrated, read or written; the message names the database. */
public final class StorageException extends KbException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
