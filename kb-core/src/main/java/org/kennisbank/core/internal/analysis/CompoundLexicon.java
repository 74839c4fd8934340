package org.kennisbank.core.internal.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The words that may stand inside a Dutch compound: every word of at least {@link #MIN_PART}
 * letters that the content itself uses, plus a curated list of stems that occur only inside
 * compounds ({@code parkeer-}, {@code woon-}, {@code bouw-}), read from {@code compound-parts.txt}.
 * Built from the content, so the lexicon grows with the knowledge base and never splits a word
 * into parts nobody wrote.
 */
public final class CompoundLexicon {

  public static final int MIN_PART = 4;

  private CompoundLexicon() {}

  private static final Analyzer WORDS = new DutchAnalysis.WordAnalyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, DutchAnalysis.normalizeWords(source));
    }
  };

  public static CharArraySet build(Collection<String> texts) {
    CharArraySet lexicon = new CharArraySet(4096, false);
    lexicon.addAll(words(texts));
    lexicon.addAll(curated());
    return lexicon;
  }

  /** The words of these texts that the lexicon takes in: folded, lowercase, letters only, no function words. */
  public static Set<String> words(Collection<String> texts) {
    Set<String> found = new HashSet<>();
    for (String text : texts) {
      for (String word : DutchAnalysis.terms(WORDS, text)) {
        if (word.length() >= MIN_PART && word.chars().allMatch(Character::isLetter)
            && !DutchAnalysis.STOP_WORDS.contains(word)) {
          found.add(word);
        }
      }
    }
    return found;
  }

  static CharArraySet curated() {
    CharArraySet parts = new CharArraySet(256, false);
    try (InputStream in = CompoundLexicon.class.getResourceAsStream("compound-parts.txt")) {
      if (in == null) {
        return parts;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          parts.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }
}
