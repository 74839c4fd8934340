package org.kennisbank.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kennisbank.content.Finding.Check.LOADING;
import static org.kennisbank.content.Finding.Check.SYNONYMS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synonym check line by line, and the checks on content that KnowledgeBase cannot open. */
class SynonymAndLoadingChecksTest {

  private static final Catalogue ONE_PRODUCT = new Catalogue(List.of(new Catalogue.Product(
      "paspoort", "paspoort", "http://standaarden.overheid.nl/owms/terms/paspoort", "identiteit-en-reizen", 2)));

  @TempDir
  Path content;

  @Test
  void synonym_file_that_does_not_parse_is_reported_as_a_whole_and_by_line() throws IOException {
    Files.createDirectories(content.resolve("articles"));
    Files.writeString(content.resolve("synonyms.txt"), "# rules\nbalie, loket\ngrofvuil => grof => vuil\n=> b\n  \n");

    List<Finding> findings = RuleFileChecks.synonymRules(ContentFiles.read(content));

    // The whole-file message is kb-core's; its line number is not pinned here (SynonymRules reports 0).
    assertThat(findings.get(0).toString())
        .startsWith("synonyms.txt: the file does not parse: synonyms.txt:")
        .endsWith("more than one explicit mapping specified on the same line");
    assertThat(findings.subList(1, findings.size())).extracting(Finding::toString).containsExactly(
        "synonyms.txt:3: rule 'grofvuil => grof => vuil' does not parse: more than one '=>'",
        "synonyms.txt:4: rule '=> b' does not parse: the left side of '=>' is empty",
        "synonyms.txt:5: the line has only spaces; the parser reads it as an empty rule",
        "synonyms.txt: has 3 rules; at least 200 expected");
  }

  @Test
  void articles_are_still_checked_when_the_synonyms_keep_the_knowledge_base_from_opening() throws IOException {
    Files.createDirectories(content.resolve("articles/products"));
    Files.writeString(content.resolve("synonyms.txt"), "a => b => c\n");
    Files.writeString(content.resolve("articles/products/paspoort.md"), """
        ---
        id: paspoort
        type: product
        title: Paspoort
        summary: Een paspoort vraagt u aan bij de balie.
        themes: [identiteit-en-reizen]
        audience: [particulier]
        upl: http://standaarden.overheid.nl/owms/terms/paspoort
        related: [bestaat-niet]
        handling: first-line
        owner: Team Burgerzaken
        ---

        ## Wat is het

        Een reisdocument.
        """);

    List<Finding> findings = new ContentChecks(content, ONE_PRODUCT).run();

    assertThat(findings).filteredOn(f -> f.check() == LOADING).extracting(Finding::toString)
        .anySatisfy(finding -> assertThat(finding).startsWith(".: KnowledgeBase.open fails: synonyms.txt:")
            .endsWith("more than one explicit mapping specified on the same line"))
        .contains(
        "articles/products/paspoort.md:1: review: is required: a date such as 2027-03-01",
        "articles/products/paspoort.md: ## Intern: product articles need an internal part for agents (Afhandeling, Werkinstructie, Doorverwijzen, Vervolgvragen) (warning)");
    assertThat(findings).filteredOn(f -> f.check() == SYNONYMS).extracting(Finding::line).contains(1);
  }
}
