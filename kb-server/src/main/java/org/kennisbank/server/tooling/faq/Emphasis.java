package org.kennisbank.server.tooling.faq;

/**
 * Emphasis that is written only where Markdown will read it. While a paragraph is converted, bold
 * and italic text is wrapped in placeholder characters; {@link #resolve} then writes {@code **} or
 * {@code *} where the characters around the markers let them open and close emphasis, and drops
 * the markers where they would show as literal asterisks (as in {@code adviseren<b>.</b>}).
 * Thread-safe.
 */
final class Emphasis {

  /** Placeholders from the Unicode private use area; {@link HtmlFragments#cleanText} removes them from source text. */
  static final char BOLD_OPEN = '\uE000';
  static final char BOLD_CLOSE = '\uE001';
  static final char ITALIC_OPEN = '\uE002';
  static final char ITALIC_CLOSE = '\uE003';

  private Emphasis() {}

  static boolean isPlaceholder(char c) {
    return c >= BOLD_OPEN && c <= ITALIC_CLOSE;
  }

  static String bold(String content) {
    return around(content, BOLD_OPEN, BOLD_CLOSE);
  }

  static String italic(String content) {
    return around(content, ITALIC_OPEN, ITALIC_CLOSE);
  }

  /** Wraps content in placeholders, keeping its leading and trailing whitespace outside. */
  private static String around(String content, char open, char close) {
    int start = 0;
    int end = content.length();
    while (start < end && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return content;
    }
    return content.substring(0, start) + open + content.substring(start, end) + close + content.substring(end);
  }

  /** Replaces the placeholders by Markdown emphasis markers, or removes a pair that Markdown would not read as emphasis. */
  static String resolve(String text) {
    char[] chars = text.toCharArray();
    boolean[] keep = new boolean[chars.length];
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == BOLD_OPEN || chars[i] == ITALIC_OPEN) {
        int close = text.indexOf(chars[i] == BOLD_OPEN ? BOLD_CLOSE : ITALIC_CLOSE, i + 1);
        if (close > 0 && canOpen(text, i) && canClose(text, close)) {
          keep[i] = true;
          keep[close] = true;
        }
      }
    }
    StringBuilder markdown = new StringBuilder(text.length() + 8);
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (!isPlaceholder(c)) {
        markdown.append(c);
      } else if (keep[i]) {
        markdown.append(c == BOLD_OPEN || c == BOLD_CLOSE ? "**" : "*");
      }
    }
    return markdown.toString();
  }

  /** CommonMark's left-flanking rule for a delimiter run at the placeholder. */
  private static boolean canOpen(String text, int at) {
    char before = neighbour(text, at, -1);
    char after = neighbour(text, at, 1);
    return !Character.isWhitespace(after) && (!isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before));
  }

  /** CommonMark's right-flanking rule for a delimiter run at the placeholder. */
  private static boolean canClose(String text, int at) {
    char before = neighbour(text, at, -1);
    char after = neighbour(text, at, 1);
    return !Character.isWhitespace(before) && (!isPunctuation(before) || Character.isWhitespace(after) || isPunctuation(after));
  }

  /** The first character before or after a position that is not a placeholder; a space at either end. */
  private static char neighbour(String text, int at, int step) {
    for (int i = at + step; i >= 0 && i < text.length(); i += step) {
      if (!isPlaceholder(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }

  private static boolean isPunctuation(char c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }
}
