package org.kennisbank.server.tooling.faq;

/** A record that cannot become an article; the message says why, without the file name. */
final class UnreadableRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  UnreadableRecordException(String reason) {
    super(reason);
  }
}
