package org.kennisbank.core.internal.search;

/**
 * How many typing errors a word may contain and still match, by its length: none up to 4
 * characters, one up to 8, two from 9 on. Short words are left alone because one edit turns them
 * into other words ("pas", "pak"); the thresholds follow what Meilisearch and Elasticsearch publish.
 */
final class TypoTolerance {
  static final int ONE_EDIT_FROM = 5;
  static final int TWO_EDITS_FROM = 9;

  private TypoTolerance() {}

  static int maxEdits(int length) {
    if (length >= TWO_EDITS_FROM) {
      return 2;
    }
    return length >= ONE_EDIT_FROM ? 1 : 0;
  }
}
