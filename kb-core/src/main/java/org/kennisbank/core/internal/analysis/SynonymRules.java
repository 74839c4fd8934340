package org.kennisbank.core.internal.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.kennisbank.core.ContentException;
import org.kennisbank.core.ContentProblem;

/**
 * Parses synonym rules in Solr format ({@code a, b, c} and {@code a, b => c}, {@code #} comments)
 * into a map for {@code SynonymGraphFilter}. Rule words are normalised like query words, so rules
 * are case- and accent-insensitive.
 */
public final class SynonymRules {

  private static final Pattern UNESCAPED_COMMA = Pattern.compile("(?<!\\\\),");

  private SynonymRules() {}

  /**
   * Every defect in synonym rules, line by line, stricter than Lucene's parser, which silently
   * accepts a rule with an empty side ({@code "a => "} becomes a one-term rule, {@code "=> b"} adds
   * nothing): every side needs its terms, and an equivalence at least two. When every line is
   * fine but the whole does not parse, that is reported for the file (line 0).
   */
  public static List<ContentProblem> problems(String rules, String file) {
    List<ContentProblem> problems = new ArrayList<>();
    try {
      parse(rules, file);
    } catch (ContentException e) {
      problems.add(ContentProblem.error(file, 0, "", "the file does not parse: " + e.getMessage()));
    }
    List<String> lines = rules.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || line.strip().startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        problems.add(ContentProblem.error(file, i + 1, "", "the line has only spaces; the parser reads it as an empty rule"));
        continue;
      }
      // The line as it is, not stripped: Lucene fails on "a => " but accepts "a =>".
      int number = i + 1;
      ruleDefect(line, file).ifPresent(defect -> problems.add(
          ContentProblem.error(file, number, "", "rule '" + line.strip() + "' does not parse: " + defect)));
    }
    return List.copyOf(problems);
  }

  /** What is wrong with one synonym rule, if anything. */
  public static Optional<String> ruleDefect(String rule, String file) {
    String[] sides = rule.split("=>", -1);
    if (sides.length > 2) {
      return Optional.of("more than one '=>'");
    }
    List<String> sideNames = sides.length == 2 ? List.of("the left side of '=>'", "the right side of '=>'") : List.of("the rule");
    for (int side = 0; side < sides.length; side++) {
      List<String> terms = List.of(UNESCAPED_COMMA.split(sides[side], -1));
      if (terms.stream().allMatch(String::isBlank)) {
        return Optional.of(sideNames.get(side) + " is empty");
      }
      if (terms.stream().anyMatch(String::isBlank)) {
        return Optional.of(sideNames.get(side) + " has an empty term (two commas, or a comma at an end)");
      }
      if (sides.length == 1 && terms.size() < 2) {
        return Optional.of("an equivalence needs at least two terms separated by commas");
      }
    }
    try {
      parse(rule, file);
      return Optional.empty();
    } catch (ContentException e) {
      return Optional.of(e.getMessage().replaceFirst("^.*?(does|do) not parse: ", ""));
    }
  }

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
