package org.kennisbank.server.tooling.faq;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.Article;
import org.kennisbank.core.Section;
import org.kennisbank.core.internal.content.ArticleParser;

class FaqArticleFormatterTest {

  static final String RECORD_JSON = """
      {
        "id": "0038f3c3-6266-4d40-965b-a78e96241c22",
        "type": "vraag en antwoord",
        "canonical": "https://www.rijksoverheid.nl/onderwerpen/overheidspersoneel/vraag-en-antwoord/vacatures",
        "question": "Waar vind ik \\"vacatures\\" bij de overheid?",
        "introduction": "<p>Kijk op werkenbijdeoverheid.nl.&nbsp;Daar staan alle vacatures.</p>",
        "content": [
          {"paragraphtitle": "Werken bij de overheid", "paragraph": "<p>Op <a href=\\"https://www.werkenbijdeoverheid.nl/\\">werkenbijdeoverheid.nl</a> staan vacatures van:</p>\\n<ul>\\n <li>gemeenten;</li>\\n <li>provincies.</li>\\n</ul>"},
          {"paragraph": "<p>Ook <strong>stages</strong>.</p>"},
          {"paragraphtitle": "Defensie", "paragraph": "<p>Zie <a href=\\"/defensie\\">defensie</a>.</p>"},
          {"paragraphtitle": "Leeg", "paragraph": "<p>&nbsp;</p>"}
        ],
        "subjects": ["Overheidspersoneel", "Bijbaan, vakantiewerk en stage door jongeren"],
        "themes": ["Overheid en democratie", "Werk"],
        "lastmodified": "2024-04-04T08:49:13.941Z",
        "license": "CC0 1.0 Universal"
      }
      """;

  static final String ARTICLE_TEXT = """
      ---
      id: "0038f3c3-6266-4d40-965b-a78e96241c22"
      type: faq
      title: "Waar vind ik \\"vacatures\\" bij de overheid?"
      summary: "Kijk op werkenbijdeoverheid.nl. Daar staan alle vacatures."
      themes: [werk-en-inkomen]
      audience: [particulier]
      keywords: ["overheidspersoneel", "bijbaan, vakantiewerk en stage door jongeren", "overheid en democratie", "werk"]
      owner: "Rijksoverheid (import)"
      review: 2025-04-04
      source: "https://www.rijksoverheid.nl/onderwerpen/overheidspersoneel/vraag-en-antwoord/vacatures"
      ---

      ## Werken bij de overheid

      Op [werkenbijdeoverheid.nl](https://www.werkenbijdeoverheid.nl/) staan vacatures van:

      - gemeenten;
      - provincies.

      Ook **stages**.

      ## Defensie

      Zie defensie.
      """;

  private final FaqArticleFormatter formatter = new FaqArticleFormatter();

  private static FaqRecord record(String question, String introduction, List<FaqRecord.Paragraph> content) {
    return new FaqRecord("f00d", question, introduction, content, List.of("Werk"), List.of(),
        LocalDate.of(2024, 2, 29), Optional.empty());
  }

  private static Article parsed(String text) {
    ArticleParser.Outcome outcome = new ArticleParser().parse("articles/faq/f00d.md", text);
    assertThat(outcome.problems()).isEmpty();
    return outcome.article().orElseThrow();
  }

  @Test
  void a_record_becomes_exactly_this_article() throws Exception {
    FaqRecord record = new FaqRecordReader().parse(new ObjectMapper().readTree(RECORD_JSON));

    String text = formatter.format(record);

    assertThat(text).isEqualTo(ARTICLE_TEXT);
    ArticleParser.Outcome outcome = new ArticleParser().parse("articles/faq/0038f3c3-6266-4d40-965b-a78e96241c22.md", text);
    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.article().orElseThrow().title()).isEqualTo("Waar vind ik \"vacatures\" bij de overheid?");
  }

  @Test
  void any_question_text_round_trips_through_the_front_matter() throws Exception {
    for (String question : List.of("Wat betekent \"ja\" \\ 'nee'?", "- lijst: [a, b] {c} # geen commentaar",
        "null", "yes", "@begin `code` *ster* & %procent |pijp >groter", "Tab\tregel\u0007 bel \uD83D\uDE00 emoji \u2028 einde")) {
      String text = formatter.format(record(question, "<p>Intro.</p>", List.of()));

      assertThat(parsed(text).title()).isEqualTo(question.strip());
    }
  }

  @Test
  void a_long_introduction_is_cut_for_the_summary_and_kept_whole_in_an_inleiding_section() throws Exception {
    String introduction = "<p>" + "Dit is een zin van ruim veertig tekens lang. ".repeat(10) + "</p>";
    FaqRecord record = record("Vraag?", introduction, List.of(new FaqRecord.Paragraph("", "<p>Vervolg.</p>"),
        new FaqRecord.Paragraph("Meer", "<p>Meer tekst.</p>")));

    Article article = parsed(formatter.format(record));

    assertThat(article.summary()).hasSizeLessThanOrEqualTo(300).endsWith("lang. …");
    assertThat(article.sections()).extracting(Section::title).containsExactly("Inleiding", "Meer");
    assertThat(article.sections().get(0).markdown()).startsWith("Dit is een zin").endsWith("lang.\n\nVervolg.");
  }

  @Test
  void a_record_without_content_gets_its_introduction_as_body() throws Exception {
    Article article = parsed(formatter.format(record("Vraag?", "<p>Alleen <em>intro</em>.</p>", List.of())));

    assertThat(article.summary()).isEqualTo("Alleen intro.");
    assertThat(article.sections()).extracting(Section::title, Section::markdown).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Inleiding", "Alleen *intro*."));
  }

  @Test
  void a_record_without_introduction_takes_its_summary_from_the_first_paragraph() throws Exception {
    FaqRecord record = record("Vraag?", "", List.of(new FaqRecord.Paragraph("Eerst", "<p><br></p>"),
        new FaqRecord.Paragraph("Dan", "<ul><li>een</li><li>twee</li></ul>")));

    Article article = parsed(formatter.format(record));

    assertThat(article.summary()).isEqualTo("een, twee");
    assertThat(article.sections()).extracting(Section::title).containsExactly("Dan");
  }

  @Test
  void a_first_paragraph_without_title_is_called_inleiding() throws Exception {
    FaqRecord record = record("Vraag?", "<p>Intro.</p>", List.of(new FaqRecord.Paragraph("", "<p>Eerste.</p>"),
        new FaqRecord.Paragraph("", "<p>Tweede.</p>"), new FaqRecord.Paragraph("Daarna", "<p>Derde.</p>")));

    Article article = parsed(formatter.format(record));

    assertThat(article.sections()).extracting(Section::title, Section::markdown).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Inleiding", "Eerste.\n\nTweede."),
        org.assertj.core.groups.Tuple.tuple("Daarna", "Derde."));
  }

  @Test
  void a_section_titled_intern_is_renamed_so_that_it_stays_public() throws Exception {
    FaqRecord record = record("Vraag?", "<p>Intro.</p>", List.of(new FaqRecord.Paragraph("Intern", "<p>Voor iedereen.</p>"),
        new FaqRecord.Paragraph("Daarna", "<p>Ook.</p>")));

    Article article = parsed(formatter.format(record));

    assertThat(article.sections()).extracting(Section::title).containsExactly("Rijksoverheid: Intern", "Daarna");
    assertThat(article.internal()).isEmpty();
  }

  @Test
  void a_question_longer_than_120_characters_is_shortened_for_the_title() throws Exception {
    String question = "Hoe kan ik als medewerker van de Rijksoverheid een klacht indienen over ongewenste omgangsvormen die ik binnen het Rijk heb ervaren?";

    Article article = parsed(formatter.format(record(question, "<p>Intro.</p>", List.of())));

    assertThat(article.title()).hasSizeLessThanOrEqualTo(120)
        .isEqualTo("Hoe kan ik als medewerker van de Rijksoverheid een klacht indienen over ongewenste omgangsvormen die ik binnen het Rijk…");
  }

  @Test
  void the_review_date_is_one_year_after_the_last_change() throws Exception {
    assertThat(parsed(formatter.format(record("Vraag?", "<p>Intro.</p>", List.of()))).review())
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void a_record_whose_text_is_all_dropped_markup_is_unreadable() {
    FaqRecord record = record("Vraag?", "<script>alert(1)</script>", List.of(new FaqRecord.Paragraph("Kop", "<img src=x>")));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> formatter.format(record))
        .isInstanceOf(UnreadableRecordException.class)
        .hasMessage("has no text in its introduction or content");
  }
}
