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
   * @param file the file name, for messages
   * @throws ContentException naming the line of the first rule that does not parse
   */
  public static SynonymMap parse(String rules, String file) {
    Analyzer ruleAnalyzer = new DutchAnalysis.WordAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, DutchAnalysis.normalizeWords(source));
      }
    };
    SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
    try {
      parser.parse(new StringReader(rules));
      return parser.build();
    } catch (ParseException e) {
      throw new ContentException(file + ":" + e.getErrorOffset() + ": synonym rule does not parse: "
          + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
    } catch (IOException | IllegalArgumentException e) {
      throw new ContentException(file + ": synonym rules do not parse: " + e.getMessage(), e);
    }
  }
}
