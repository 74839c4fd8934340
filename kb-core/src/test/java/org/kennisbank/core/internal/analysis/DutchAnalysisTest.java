package org.kennisbank.core.internal.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Every step of the Dutch chains pinned token by token, and each chain hammered with random text
 * by Lucene's own checks (offsets, positions and graphs must stay consistent for any input).
 */
public class DutchAnalysisTest extends BaseTokenStreamTestCase {

  private static final String SYNONYMS = """
      kliko, minicontainer
      uittreksel gba => uittreksel brp
      id kaart, identiteitskaart
      """;

  private DutchAnalysis analysis() {
    CharArraySet parts = CompoundLexicon.build(List.of("parkeer vergunning grof vuil afval kalender"));
    return new DutchAnalysis(parts, SYNONYMS, "test");
  }

  public void testWordsLowercaseAndFoldDiacritics() throws IOException {
    assertAnalyzesTo(analysis().words(), "Één Geïnd CAFÉ", new String[] {"een", "geind", "cafe"});
  }

  public void testTextFoldsBeforeStemmingSoAccentsDoNotSplitWords() throws IOException {
    assertAnalyzesTo(analysis().text(), "reünie reunie", new String[] {"reunie", "reunie"});
  }

  public void testTextStemsSingularAndPluralToOneStem() throws IOException {
    Analyzer text = analysis().text();
    assertAnalyzesTo(text, "vergunning vergunningen", new String[] {"vergun", "vergun"});
    assertAnalyzesTo(text, "huis huizen", new String[] {"huis", "huis"});
    assertAnalyzesTo(text, "brief brieven", new String[] {"brief", "brief"});
    assertAnalyzesTo(text, "kap kappen", new String[] {"kap", "kap"});
    assertAnalyzesTo(text, "paspoort paspoorten", new String[] {"paspoort", "paspoort"});
    assertAnalyzesTo(text, "adres adressen", new String[] {"adres", "adres"});
  }

  public void testStemOverridesFixWordsTheStemmerGetsWrong() throws IOException {
    Analyzer text = analysis().text();
    assertAnalyzesTo(text, "fiets fietsen", new String[] {"fiets", "fiets"});
    assertAnalyzesTo(text, "kind kinderen", new String[] {"kind", "kind"});
    assertAnalyzesTo(text, "verhuizen verhuisd verhuizing", new String[] {"verhuis", "verhuis", "verhuis"});
    assertAnalyzesTo(text, "getrouwd trouwen", new String[] {"trouw", "trouw"});
  }

  public void testIjIsWrittenAsYSoTheTypoMeetsTheWord() throws IOException {
    Analyzer text = analysis().text();
    assertAnalyzesTo(text, "rijbewijs rijbewys rijbewijzen", new String[] {"rybewys", "rybewys", "rybewys"});
  }

  public void testApostrophePluralStemsLikeAnyPlural() throws IOException {
    assertAnalyzesTo(analysis().text(), "auto's kliko’s", new String[] {"auto", "kliko"});
  }

  public void testColonSeparatesWords() throws IOException {
    assertAnalyzesTo(analysis().words(), "titel:paspoort 14:00", new String[] {"titel", "paspoort", "14", "00"});
  }

  public void testQueryAppliesOneWayAndMultiWordSynonymsToStems() throws IOException {
    assertAnalyzesTo(analysis().query(), "uittreksel gba", new String[] {"uittreksel", "brp"});
    assertAnalyzesTo(analysis().query(), "kliko", new String[] {"minicontainer", "kliko"},
        new int[] {0, 0}, new int[] {5, 5}, new int[] {1, 0});
  }

  public void testQueryRulesFireOnInflectedForms() throws IOException {
    assertAnalyzesTo(analysis().query(), "kliko's", new String[] {"minicontainer", "kliko"},
        new int[] {0, 0}, new int[] {7, 7}, new int[] {1, 0});
  }

  public void testQueryStemsWordsWithoutRules() throws IOException {
    assertAnalyzesTo(analysis().query(), "Paspoorten verlengen", new String[] {"paspoort", "verleng"});
  }

  public void testPartsSplitsCompoundsIntoKnownWords() throws IOException {
    assertAnalyzesTo(analysis().parts(), "parkeervergunning",
        new String[] {"parkeervergun", "parker", "vergun"});
    assertAnalyzesTo(analysis().parts(), "grofvuil", new String[] {"grofvuil", "grof", "vuil"});
  }

  public void testPartsLeavesShortAndUnknownWordsWhole() throws IOException {
    assertAnalyzesTo(analysis().parts(), "paspoort kast", new String[] {"paspoort", "kast"});
  }

  public void testJoinedWritesAdjacentWordsAsOne() throws IOException {
    assertAnalyzesTo(analysis().joined(), "grof vuil ophalen", new String[] {"grofvuil", "vuilophal"});
  }

  public void testRandomTextKeepsEveryChainConsistent() throws IOException {
    DutchAnalysis analysis = analysis();
    for (Analyzer analyzer : List.of(analysis.text(), analysis.words(), analysis.query(), analysis.parts(), analysis.joined())) {
      checkRandomData(random(), analyzer, 300 * RANDOM_MULTIPLIER);
      checkRandomData(random(), analyzer, 30 * RANDOM_MULTIPLIER, 200);
    }
  }
}
