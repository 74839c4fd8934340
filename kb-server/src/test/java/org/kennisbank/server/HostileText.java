package org.kennisbank.server;

import java.util.List;
import java.util.Random;

/**
 * Seeded generator of hostile request text: query syntax, markup and script probes, control and
 * invisible characters, other scripts' digits, long runs, and raw percent-encodings (valid, double,
 * overlong, invalid). Every script probe carries {@link #PROBE}, so a page that reflects one
 * unescaped is found by looking for the probe in markup.
 */
final class HostileText {

  static final String PROBE = "kbx";

  private static final List<String> WORDS = List.of("paspoort", "rijbewijs", "grofvuil", "parkeervergunning",
      "afval", "bijstand", "verhuizen", "id-kaart", "uittreksel", "kliko", "gba", "de", "het", "van", "intern");
  private static final List<String> SYNTAX = List.of("AND", "OR", "NOT", "*", "?", "~", "~2", "^3", "\"", "(", ")",
      "[", "]", "{", "}", ":", "\\", "/", "+", "-", "&&", "||", "!", "title:", "*:*", "a*", "?a", "\"a b\"~5", "[a TO z]");
  private static final List<String> PROBES = List.of("<" + PROBE + ">", "<script>" + PROBE + "</script>",
      "\"><" + PROBE + " x=1>", "' onmouseover='" + PROBE, "\" onfocus=\"" + PROBE, "javascript:" + PROBE,
      "<img src=x onerror=" + PROBE + ">", "</title><" + PROBE + ">", "<!--" + PROBE, "]]>" + PROBE,
      "${" + PROBE + "}", "{{" + PROBE + "}}", "%" + PROBE, "&lt;" + PROBE + "&gt;", "&#60;" + PROBE);
  private static final List<String> ODD = List.of("\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\u001b",
      "\u007f", "\u0085", "\u00a0", "\u200b", "\u200e", "\u202e", "\u2028", "\ufeff", "\ufffd", "\uffff",
      "\u0301", "\u0663", "\uff11", "\u0967", "ß", "ĳ", "İ", "ﬁ", "é", "ё", "中文", "😀", "👩‍👩‍👧", "\ud800",
      "\udfff", "𝐀", "Ⅻ", "①", "½");
  /** Percent sequences sent as they are: some decode to odd bytes, some are invalid. */
  private static final List<String> RAW_ENCODINGS = List.of("%00", "%0a", "%0d%0a", "%25", "%2525", "%253C" + PROBE,
      "%C0%BC", "%C0%AF", "%E0%80%AF", "%ED%A0%80", "%F4%90%80%80", "%FF", "%FE%FF", "%80", "%C3", "%C3%28",
      "%", "%%", "%G1", "%2", "%u003C", "+", "%2B", "%20", "&", "%26", "=", "%3D", "#", "%23", ";", "%3B", "..",
      "%2e%2e", "%2F", "%5C", "%u0000");

  private final Random random;

  HostileText(long seed) {
    random = new Random(seed);
  }

  Random random() {
    return random;
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A piece of text as a user, a script or an attacker would type it (not yet encoded). */
  String text() {
    int parts = 1 + random.nextInt(6);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (i > 0 && random.nextInt(4) > 0) {
        text.append(' ');
      }
      text.append(switch (random.nextInt(10)) {
        case 0, 1, 2 -> pick(WORDS);
        case 3 -> pick(SYNTAX);
        case 4 -> pick(PROBES);
        case 5 -> pick(ODD);
        case 6 -> letters(1 + random.nextInt(12));
        case 7 -> codePoints(1 + random.nextInt(8));
        case 8 -> mutated(pick(WORDS));
        default -> random.nextInt(20) == 0 ? longRun() : pick(WORDS).toUpperCase(java.util.Locale.ROOT);
      });
    }
    return text.toString();
  }

  /** A long value: a repeated character, repeated words, or punctuation, up to a few thousand characters. */
  String longRun() {
    int length = 100 + random.nextInt(random.nextBoolean() ? 500 : 3000);
    return switch (random.nextInt(4)) {
      case 0 -> "a".repeat(length);
      case 1 -> (pick(WORDS) + " ").repeat(length / 8);
      case 2 -> "<".repeat(length);
      default -> "-*~\"() ".repeat(length / 7);
    };
  }

  String letters(int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  /** Any code points, from control characters to the supplementary planes. */
  String codePoints(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int codePoint = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(0x80);
        case 1 -> random.nextInt(0x800);
        case 2 -> random.nextInt(0x10000);
        default -> random.nextInt(Character.MAX_CODE_POINT + 1);
      };
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  /** A word with one character dropped, doubled, swapped or replaced: a typo. */
  String mutated(String word) {
    if (word.length() < 2) {
      return word + word;
    }
    int at = random.nextInt(word.length() - 1);
    return switch (random.nextInt(4)) {
      case 0 -> word.substring(0, at) + word.substring(at + 1);
      case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
      case 2 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
      default -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
    };
  }

  /**
   * The text as it goes into a URL: usually percent-encoded as a browser would (as a query value
   * or as a path segment), sometimes with raw percent sequences spliced in, sometimes entirely raw.
   */
  String encoded(String text, boolean path) {
    String encoded = java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    if (path) {
      encoded = encoded.replace("+", "%20");
    }
    return switch (random.nextInt(10)) {
      case 0, 1 -> {
        int at = random.nextInt(encoded.length() + 1);
        yield encoded.substring(0, at) + pick(RAW_ENCODINGS) + encoded.substring(at);
      }
      case 2 -> pick(RAW_ENCODINGS) + pick(RAW_ENCODINGS);
      default -> encoded;
    };
  }
}
