package org.kennisbank.server.storage;

import java.util.Locale;

/** What an item in the editors' queue is: feedback on an article, or a report that an article is missing. */
public enum FeedbackType {
  FEEDBACK, MISSING;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static FeedbackType fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
