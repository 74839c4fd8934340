package org.kennisbank.server.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a resident's message before it is stored: each kind becomes a
 * placeholder ({@code [e-mail]}, {@code [iban]}, {@code [telefoon]}, {@code [bsn]},
 * {@code [postcode]}, {@code [adres]}). What is not personal stays as typed: years, amounts,
 * "artikel 12", a product number that fails the elfproef. Thread-safe (stateless).
 */
public final class PersonalData {

  /** One kind of personal data: where it is, whether a candidate really is one, what replaces it. */
  private record Kind(Pattern pattern, Predicate<String> accept, String placeholder) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** Two-letter Dutch words that follow a number in ordinary text ("in 2024 is"), never postcode letters after a space. */
  private static final Set<String> WORDS = Set.of("en", "is", "op", "in", "te", "om", "of", "al", "er", "ik", "nu",
      "ze", "we", "je", "na", "zo", "ja", "de", "het", "ál", "uw", "hé", "eu", "km", "kg", "cm", "mm", "ml", "uur");

  /** In this order: an e-mail address or an IBAN may hold digits that would look like a phone number. */
  private static final List<Kind> KINDS = List.of(
      new Kind(Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+", FLAGS), any -> true, "[e-mail]"),
      new Kind(Pattern.compile("(?<![\\p{L}\\d])[a-z]{2}\\d{2} ?[a-z\\d]{4}(?: ?(?=[a-z]{0,3}\\d)[a-z\\d]{4}){1,6}(?: ?\\d{1,3})?(?![\\p{L}\\d])", FLAGS),
          PersonalData::looksLikeIban, "[iban]"),
      new Kind(Pattern.compile("(?:(?<![\\d+])(?:\\+|00)31[ -]?(?:\\(0\\)[ -]?)?\\d(?:[ -]?\\d){8}"
          + "|(?<![\\d(])\\(0\\d{1,3}\\)[ -]?\\d(?:[ -]?\\d){4,7}"
          + "|(?<![\\d.,])0\\d(?:[ -]?\\d){8}"
          + "|(?<![\\d.,])14[ -]?0\\d{2,3})(?!\\d|,\\d)", FLAGS), any -> true, "[telefoon]"),
      new Kind(Pattern.compile("(?<![\\d.,])\\d(?:[ .]?\\d){8}(?!\\d|,\\d)"), PersonalData::passesElfproef, "[bsn]"),
      new Kind(Pattern.compile("(?<![\\p{L}\\d])[1-9]\\d{3}( ?)([a-z]{2})(?![\\p{L}\\d])(?:,? ?(?:nr\\.? ?|nummer )?\\d{1,5}(?: ?[a-z](?![\\p{L}\\d])|-\\d{1,4})?)?", FLAGS),
          PersonalData::looksLikePostcode, "[postcode]"),
      new Kind(Pattern.compile("(?<![\\p{L}\\d])[\\p{L}'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef"
          + "|park|baan|markt|wal|erf|ring|dam|burcht|oord|veld|straatweg)(?: \\d{1,5})(?: ?[a-z](?![\\p{L}\\d])|-\\d{1,4})?(?![\\p{L}\\d])", FLAGS),
          any -> true, "[adres]"));

  private PersonalData() {}

  /** {@code text} with every BSN, IBAN, e-mail address, phone number, postcode and street address replaced. */
  public static String scrub(String text) {
    String result = text;
    for (Kind kind : KINDS) {
      result = replace(result, kind);
    }
    return result;
  }

  private static String replace(String text, Kind kind) {
    Matcher matcher = kind.pattern().matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      String found = matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(kind.accept().test(found) ? kind.placeholder() : found));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The elfproef of a BSN: 9×d1 + 8×d2 + ... + 2×d8 − d9 is a multiple of 11 (and not all zeros). */
  static boolean passesElfproef(String candidate) {
    String digits = candidate.replaceAll("[^0-9]", "");
    if (digits.length() != 9 || digits.chars().allMatch(c -> c == '0')) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (digits.charAt(i) - '0');
    }
    sum -= digits.charAt(8) - '0';
    return sum % 11 == 0;
  }

  /**
   * An IBAN has at least eight digits after its country code (a Dutch one ten); without them
   * "ab12 waar komt mijn" would look like one. The check digits are not required: a mistyped IBAN is
   * still someone's account number.
   */
  private static boolean looksLikeIban(String candidate) {
    return candidate.substring(4).chars().filter(Character::isDigit).count() >= 8;
  }

  /**
   * "1234AB" and "1234 AB" are postcodes; "1234 ab" only when the letters are not a word that
   * follows a number in ordinary text ("in 2024 is het").
   */
  private static boolean looksLikePostcode(String candidate) {
    Matcher parts = Pattern.compile("^\\d{4}( ?)(\\p{L}{2})").matcher(candidate);
    if (!parts.find()) {
      return false;
    }
    String letters = parts.group(2);
    boolean spaced = !parts.group(1).isEmpty();
    boolean upper = letters.equals(letters.toUpperCase(Locale.ROOT));
    return !spaced || upper || !WORDS.contains(letters.toLowerCase(Locale.ROOT));
  }
}
