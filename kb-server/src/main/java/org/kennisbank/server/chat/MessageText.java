package org.kennisbank.server.chat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A chat message as the patterns read it: lower case, accents removed, every run of characters
 * other than letters and digits one space, with a space before and after so that a pattern can ask
 * for whole words with {@code " word "}. Immutable.
 */
record MessageText(String original, String normalized, List<String> words) {

  static MessageText of(String message) {
    String folded = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    String spaced = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    List<String> words = spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" "));
    return new MessageText(message, " " + spaced + " ", List.copyOf(words));
  }

  boolean isEmpty() {
    return words.isEmpty();
  }
}
