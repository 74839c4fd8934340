package org.kennisbank.bench.queries;

import java.util.Locale;

/** What a query in the mix exercises. */
public enum QueryKind {
  /** Full words as typed in a search box: one word, colloquial words, old names, English. */
  WORD,
  /** A misspelled word. */
  TYPO,
  /** A compound split or separate words joined. */
  COMPOUND,
  /** A word on the left of a synonym rule. */
  SYNONYM,
  /** A long question as asked on the phone or in the chat. */
  QUESTION,
  /** The title of a generated article, or a misspelling of it: queries that reach generated content. */
  GENERATED;

  /** The kind of a group heading in a judgments file ({@code # typos: ...}, {@code # --- full questions ---}). */
  static QueryKind ofGroup(String heading) {
    String text = heading.toLowerCase(Locale.ROOT);
    if (text.contains("typo")) {
      return TYPO;
    }
    if (text.contains("compound")) {
      return COMPOUND;
    }
    if (text.contains("question")) {
      return QUESTION;
    }
    return WORD;
  }
}
