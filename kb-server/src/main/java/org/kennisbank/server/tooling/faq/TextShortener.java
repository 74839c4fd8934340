package org.kennisbank.server.tooling.faq;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens one-line text to a maximum length without cutting a word: at the last sentence end
 * that keeps at least half of the room, otherwise at the last word boundary, and marks the cut
 * with an ellipsis ({@code …}) that counts towards the length. Thread-safe.
 */
final class TextShortener {

  static final String ELLIPSIS = "…";

  /** A full stop, question or exclamation mark followed by a space and the start of a new sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?= [\\p{Lu}\\d])");

  private TextShortener() {}

  /**
   * The text itself when it fits, otherwise its complete sentences followed by {@code " …"}, or
   * its complete words followed by {@code "…"}.
   *
   * @throws IllegalArgumentException if the maximum leaves no room for a word and the ellipsis
   */
  static String shorten(String text, int maxLength) {
    if (maxLength < 10) {
      throw new IllegalArgumentException("maxLength must be at least 10; got: " + maxLength);
    }
    if (text.length() <= maxLength) {
      return text;
    }
    int lastSentenceEnd = -1;
    Matcher sentenceEnd = SENTENCE_END.matcher(text);
    while (sentenceEnd.find() && sentenceEnd.end() + 2 <= maxLength) {
      lastSentenceEnd = sentenceEnd.end();
    }
    if (lastSentenceEnd >= maxLength / 2) {
      return text.substring(0, lastSentenceEnd) + " " + ELLIPSIS;
    }
    int wordEnd = text.lastIndexOf(' ', maxLength - 1);
    String words = wordEnd > 0 ? text.substring(0, wordEnd) : text.substring(0, maxLength - 1);
    return stripTrailingPunctuation(words) + ELLIPSIS;
  }

  private static String stripTrailingPunctuation(String words) {
    int end = words.length();
    while (end > 0 && " ,;:-–(".indexOf(words.charAt(end - 1)) >= 0) {
      end--;
    }
    return words.substring(0, end);
  }
}
