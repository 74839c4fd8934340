package org.kennisbank.bench.queries;

import java.util.Optional;

/** Deterministic variants of a query: one typo in its longest word, or its two words joined. */
final class Typos {

  private static final int MIN_TYPO_LENGTH = 5;

  private Typos() {}

  /** The query with two neighbouring letters of its longest word swapped (a typical typing slip). */
  static Optional<String> typo(String query) {
    String[] words = query.split(" ");
    int longest = 0;
    for (int i = 1; i < words.length; i++) {
      if (words[i].length() > words[longest].length()) {
        longest = i;
      }
    }
    String word = words[longest];
    if (word.length() < MIN_TYPO_LENGTH) {
      return Optional.empty();
    }
    int at = word.length() / 2;
    char[] letters = word.toCharArray();
    if (letters[at] == letters[at + 1]) {
      return Optional.empty();
    }
    char swap = letters[at];
    letters[at] = letters[at + 1];
    letters[at + 1] = swap;
    words[longest] = new String(letters);
    return Optional.of(String.join(" ", words));
  }

  /** A two-word query written as one word, as callers do with compounds ("id kaart" as "idkaart"). */
  static Optional<String> joined(String query) {
    String[] words = query.split(" ");
    return words.length == 2 ? Optional.of(words[0] + words[1]) : Optional.empty();
  }
}
