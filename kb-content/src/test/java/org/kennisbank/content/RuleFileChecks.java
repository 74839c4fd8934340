package org.kennisbank.content;

import static org.kennisbank.content.Finding.Check.BEST_BETS;
import static org.kennisbank.content.Finding.Check.SYNONYMS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kennisbank.content.ContentFiles.RawArticle;
import org.kennisbank.core.ContentException;
import org.kennisbank.core.internal.analysis.SynonymRules;

/** Checks on the two rule files beside the articles: {@code synonyms.txt} and {@code best-bets.tsv}. */
final class RuleFileChecks {

  static final int MIN_SYNONYM_RULES = 200;

  private static final Pattern UNESCAPED_COMMA = Pattern.compile("(?<!\\\\),");

  private RuleFileChecks() {}

  /** Check 5: the synonym file parses as a whole and line by line, and has enough rules. */
  static List<Finding> synonymRules(ContentFiles files) {
    List<Finding> findings = new ArrayList<>();
    String file = ContentFiles.SYNONYMS_FILE;
    try {
      SynonymRules.parse(files.synonyms(), file);
    } catch (ContentException e) {
      findings.add(Finding.of(SYNONYMS, file, "the file does not parse: " + e.getMessage()));
    }
    List<String> lines = files.synonyms().lines().toList();
    int rules = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || line.strip().startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        findings.add(new Finding(SYNONYMS, file, i + 1, "the line has only spaces; the parser reads it as an empty rule"));
        continue;
      }
      rules++;
      // The line as it is, not stripped: Lucene fails on "a => " but accepts "a =>".
      Optional<String> defect = synonymRuleDefect(line);
      if (defect.isPresent()) {
        findings.add(new Finding(SYNONYMS, file, i + 1, "rule '" + line.strip() + "' does not parse: " + defect.get()));
      }
    }
    if (rules < MIN_SYNONYM_RULES) {
      findings.add(Finding.of(SYNONYMS, file, "has " + rules + " rules; at least " + MIN_SYNONYM_RULES + " expected"));
    }
    return findings;
  }

  /**
   * What is wrong with one synonym rule, if anything. Stricter than Lucene's parser, which silently
   * accepts a rule with an empty side ({@code "a => "} becomes a one-term rule, {@code "=> b"} adds
   * nothing): every side needs its terms, and an equivalence at least two.
   */
  static Optional<String> synonymRuleDefect(String rule) {
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
      SynonymRules.parse(rule, ContentFiles.SYNONYMS_FILE);
      return Optional.empty();
    } catch (ContentException e) {
      return Optional.of(e.getMessage().replaceFirst("^.*?(does|do) not parse: ", ""));
    }
  }

  /** Check 6: every best bet line is {@code query<TAB>id,id} with ids of existing articles. */
  static List<Finding> bestBets(ContentFiles files) {
    List<Finding> findings = new ArrayList<>();
    String file = ContentFiles.BEST_BETS_FILE;
    Set<String> ids = files.articles().stream().map(RawArticle::id).collect(Collectors.toSet());
    List<String> lines = files.bestBets().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        findings.add(new Finding(BEST_BETS, file, i + 1, "no tab in '" + line.strip() + "'; expected query<TAB>id,id"));
        continue;
      }
      if (line.substring(0, tab).isBlank()) {
        findings.add(new Finding(BEST_BETS, file, i + 1, "the query before the tab is empty"));
      }
      List<String> targets = List.of(line.substring(tab + 1).split(",")).stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
      if (targets.isEmpty()) {
        findings.add(new Finding(BEST_BETS, file, i + 1, "no article ids after the tab"));
      }
      for (String target : targets) {
        if (!ids.contains(target)) {
          findings.add(new Finding(BEST_BETS, file, i + 1, "'" + target + "' is not an article"));
        }
      }
    }
    return findings;
  }
}
