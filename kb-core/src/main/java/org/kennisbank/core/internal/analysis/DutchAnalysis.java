package org.kennisbank.core.internal.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Dutch analysis chains of Kennisbank, each built from the same steps:
 *
 * <ol>
 *   <li>{@code StandardTokenizer}, lower-casing, and folding of diacritics ("één" and "een",
 *       "geïnd" and "geind" meet: Dutch diacritics mark stress or syllables, never another word);
 *   <li>"auto's" read as "autos"; stem overrides for municipal words, then the Snowball Dutch
 *       stemmer;
 *   <li>"ij" written as "y" after stemming, so the common typo "rijbewys" meets "rijbewijs".
 *   <li>{@link StemEndingFilter} last, so singular and plural meet ("huis", "huizen").
 * </ol>
 *
 * <p>Besides the {@link #text() text} chain there are two for compounds: {@link #parts()} also
 * emits the known words inside a compound ("parkeervergunning" gives "parkeer" and
 * "vergunning"), and {@link #joined()} emits each pair of adjacent words written as one ("grof
 * vuil" gives "grofvuil"). Queries reach them with a lower weight than the text fields, so whole
 * words always count more than pieces. Thread-safe once built.
 */
public final class DutchAnalysis {

  /** Dutch function words; they are indexed, but a query does not require them. */
  public static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
  /** Words of this many letters or more are split into the known words inside them. */
  public static final int MIN_COMPOUND = 8;
  /** The longest known word looked for inside a compound. */
  public static final int MAX_PART = 20;

  /** Read once: they are part of the library, not of the content. */
  private static final StemmerOverrideMap OVERRIDES = StemOverrides.map(StemOverrides.load());

  private final StemmerOverrideMap overrides;
  private final CharArraySet compoundParts;
  private final SynonymMap synonyms;
  private final Analyzer text;
  private final Analyzer words;
  private final Analyzer query;
  private final Analyzer parts;
  private final Analyzer joined;

  /**
   * @param compoundParts known words that may occur inside compounds (folded, lowercase)
   * @param synonymRules the query-time synonym rules in Solr format; empty for none
   * @param synonymFile the name of the file the rules come from, for messages
   * @throws org.kennisbank.core.ContentException if a rule does not parse
   */
  public DutchAnalysis(CharArraySet compoundParts, String synonymRules, String synonymFile) {
    this.overrides = OVERRIDES;
    this.compoundParts = compoundParts;
    this.text = buildText();
    this.synonyms = synonymRules.isBlank() ? null : SynonymRules.parse(synonymRules, synonymFile, text);
    this.words = buildWords();
    this.query = buildQuery();
    this.parts = buildParts();
    this.joined = buildJoined();
  }

  /** Tokenizes, lower-cases and folds; nothing else. The first steps of every chain. */
  static TokenStream normalizeWords(TokenStream source) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(source));
  }

  private TokenStream stem(TokenStream stream) {
    TokenStream overridden = new StemmerOverrideFilter(new PluralApostropheFilter(stream), overrides);
    return new StemEndingFilter(new IjFilter(new SnowballFilter(overridden, new DutchStemmer())));
  }

  /** Full text: normalised and stemmed. For title, keywords, summary, sections and internal notes. */
  public Analyzer text() {
    return text;
  }

  private Analyzer buildText() {
    return new WordAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, stem(normalizeWords(source)));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** Words only normalised, not stemmed: the vocabulary for spelling suggestions. */
  public Analyzer words() {
    return words;
  }

  private Analyzer buildWords() {
    return new WordAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, normalizeWords(source));
      }
    };
  }

  /**
   * How a query is read: the {@link #text()} chain, then the synonym rules. Rules are stemmed like
   * the text, so "kliko's" and "verhuisd" trigger the rules for "kliko" and "verhuizen".
   */
  public Analyzer query() {
    return query;
  }

  private Analyzer buildQuery() {
    return new WordAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = stem(normalizeWords(source));
        if (synonyms != null && synonyms.fst != null) {
          stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /** Each compound also as its known parts, then stemmed. */
  public Analyzer parts() {
    return parts;
  }

  private Analyzer buildParts() {
    return new WordAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new DictionaryCompoundWordTokenFilter(
            normalizeWords(source), compoundParts, MIN_COMPOUND, CompoundLexicon.MIN_PART, MAX_PART, true);
        return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stem(stream)));
      }
    };
  }

  /** Adjacent words written as one, then stemmed: "grof vuil" also as "grofvuil". */
  public Analyzer joined() {
    return joined;
  }

  private Analyzer buildJoined() {
    return new WordAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        ShingleFilter shingles = new ShingleFilter(normalizeWords(source), 2, 2);
        shingles.setOutputUnigrams(false);
        shingles.setTokenSeparator("");
        shingles.setFillerToken("");
        return new TokenStreamComponents(source, stem(shingles));
      }
    };
  }

  /**
   * Reads a colon as a space: the standard tokenizer keeps "a:b" together as one word (a Swedish
   * rule), which would turn "titel:paspoort" or "14:00" into words nobody searches for.
   */
  abstract static class WordAnalyzer extends Analyzer {
    private static final NormalizeCharMap COLON_AS_SPACE = colonAsSpace();

    private static NormalizeCharMap colonAsSpace() {
      NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
      map.add(":", " ");
      return map.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new MappingCharFilter(COLON_AS_SPACE, reader);
    }
  }

  /** The terms an analyzer makes of a text. */
  public static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
