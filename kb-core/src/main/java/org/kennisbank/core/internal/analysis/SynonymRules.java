package org.kennisbank.core.internal.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.kennisbank.core.ContentException;

/**
 * Parses synonym rules in Solr format ({@code a, b, c} and {@code a, b => c}, {@code #} comments)
 * into a map for {@code SynonymGraphFilter}. Rule words are normalised like query words, so rules
 * are case- and accent-insensitive.
 */
public final class SynonymRules {

  private SynonymRules() {}

  /**
   * Parses rules with words only normalised (lower-cased, folded): enough to check that they parse.
   *
   * @param file the file name, for messages
   * @throws ContentException naming the line of the first rule that does not parse
   */
  public static SynonymMap parse(String rules, String file) {
    return parse(rules, file, new DutchAnalysis.WordAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, DutchAnalysis.normalizeWords(source));
      }
    });
  }

  /**
   * Parses rules, reading each rule's words with the given analyzer (the stemming chain at query
   * time, so that rules match stems).
   */
  public static SynonymMap parse(String rules, String file, Analyzer ruleAnalyzer) {
    SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
    try {
      parser.parse(new StringReader(rules));
      return parser.build();
    } catch (ParseException e) {
      // Lucene reports the line in the message ("Invalid synonym rule at line 12") and the reason in the cause.
      throw new ContentException(file + ": " + e.getMessage()
          + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()), e);
    } catch (IOException | IllegalArgumentException e) {
      throw new ContentException(file + ": synonym rules do not parse: " + e.getMessage(), e);
    }
  }
}
