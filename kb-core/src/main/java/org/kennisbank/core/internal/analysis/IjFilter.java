package org.kennisbank.core.internal.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes the Dutch digraph "ij" as "y", so that "rijbewys" and "rijbewijs" meet. People type either
 * for the same sound, and the two never tell words apart. Runs after stemming.
 */
final class IjFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  IjFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    int out = 0;
    for (int in = 0; in < length; in++) {
      if (buffer[in] == 'i' && in + 1 < length && buffer[in + 1] == 'j') {
        buffer[out++] = 'y';
        in++;
      } else {
        buffer[out++] = buffer[in];
      }
    }
    term.setLength(out);
    return true;
  }
}
