package org.kennisbank.core.internal.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Finishes what the Snowball Dutch stemmer leaves half done, so that singular and plural meet:
 *
 * <ul>
 *   <li>a final "z" becomes "s" and a final "v" becomes "f": "huizen" gives "huiz", the singular
 *       "huis"; "brieven" gives "briev", the singular "brief" (Dutch spelling voices these before
 *       a vowel);
 *   <li>a final double consonant is undoubled: "kappen" gives "kapp", the singular "kap".
 * </ul>
 *
 * Runs after the stemmer; words marked as keywords (stem overrides) are left alone.
 */
final class StemEndingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  StemEndingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    if (length < 4) {
      return true;
    }
    char last = buffer[length - 1];
    if (last == buffer[length - 2] && isConsonant(last)) {
      term.setLength(length - 1);
      length--;
      last = buffer[length - 1];
    }
    if (last == 'z' && !isConsonant(buffer[length - 2])) {
      buffer[length - 1] = 's';
    } else if (last == 'v' && !isConsonant(buffer[length - 2])) {
      buffer[length - 1] = 'f';
    }
    return true;
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
  }
}
