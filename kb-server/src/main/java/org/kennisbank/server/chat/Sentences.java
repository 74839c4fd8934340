package org.kennisbank.server.chat;

/**
 * Shortens a passage to what a chat answer can hold: whole sentences up to about
 * {@value #MAX_LENGTH} characters, at least the first sentence (cut at a word when even that is
 * too long). Stateless.
 */
final class Sentences {

  static final int MAX_LENGTH = 400;

  private Sentences() {}

  static String first(String text) {
    String plain = text.replaceAll("\\s+", " ").strip();
    if (plain.length() <= MAX_LENGTH) {
      return plain;
    }
    StringBuilder answer = new StringBuilder();
    for (String sentence : plain.split("(?<=[.!?])\\s+")) {
      if (!answer.isEmpty() && answer.length() + 1 + sentence.length() > MAX_LENGTH) {
        break;
      }
      answer.append(answer.isEmpty() ? "" : " ").append(sentence);
    }
    if (answer.length() <= MAX_LENGTH) {
      return answer.toString();
    }
    int cut = answer.lastIndexOf(" ", MAX_LENGTH - 1);
    return answer.substring(0, cut > 0 ? cut : MAX_LENGTH - 1) + "…";
  }
}
