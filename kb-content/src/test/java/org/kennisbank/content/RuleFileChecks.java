package org.kennisbank.content;

import static org.kennisbank.content.Finding.Check.SYNONYMS;

import java.util.ArrayList;
import java.util.List;
import org.kennisbank.core.ContentValidator;

/** Checks on the synonym rules beside the articles; best bets are checked by loading. */
final class RuleFileChecks {

  static final int MIN_SYNONYM_RULES = 200;

  private RuleFileChecks() {}

  /**
   * Check 5: the synonym rules pass kb-core's checks ({@link ContentValidator#validateSynonyms}),
   * and there are enough of them for the bundled content.
   */
  static List<Finding> synonymRules(ContentFiles files) {
    String file = ContentFiles.SYNONYMS_FILE;
    List<Finding> findings = new ArrayList<>(ContentValidator.validateSynonyms(file, files.synonyms()).stream()
        .map(problem -> new Finding(SYNONYMS, problem.file(), problem.line(), problem.message()))
        .toList());
    long rules = files.synonyms().lines().filter(line -> !line.isEmpty() && !line.strip().startsWith("#") && !line.isBlank()).count();
    if (rules < MIN_SYNONYM_RULES) {
      findings.add(Finding.of(SYNONYMS, file, "has " + rules + " rules; at least " + MIN_SYNONYM_RULES + " expected"));
    }
    return findings;
  }
}
