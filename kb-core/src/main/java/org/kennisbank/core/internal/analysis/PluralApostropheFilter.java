package org.kennisbank.core.internal.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads a Dutch plural or genitive with an apostrophe as its singular: "auto's" and "kliko's"
 * become "auto" and "kliko" (the stemmer would leave "autos" alone).
 */
final class PluralApostropheFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  PluralApostropheFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    char[] buffer = term.buffer();
    if (length >= 3 && buffer[length - 1] == 's' && (buffer[length - 2] == '\'' || buffer[length - 2] == '\u2019')) {
      term.setLength(length - 2);
    }
    return true;
  }
}
