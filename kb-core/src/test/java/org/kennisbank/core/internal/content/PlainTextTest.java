package org.kennisbank.core.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain text of Markdown, as the index and the chatbot's passages read it. */
class PlainTextTest {

  @Test
  void a_table_reads_as_one_sentence_per_row_without_its_rule() {
    String markdown = """
        Tarieven 2026:

        | wie | bedrag |
        |---|---|
        | 18 jaar en ouder | € 88,65 |
        | jonger dan 18 jaar | € 67,05 |
        """;

    assertThat(MarkdownBody.toPlainText(markdown))
        .isEqualTo("Tarieven 2026: wie bedrag 18 jaar en ouder: € 88,65. jonger dan 18 jaar: € 67,05.");
  }

  @Test
  void markup_and_link_targets_are_dropped() {
    assertThat(MarkdownBody.toPlainText("Vraag **online** aan via [de site](https://example.org/a).\n\n- een\n- twee"))
        .startsWith("Vraag online aan via de site")
        .doesNotContain("*", "https", "example.org", "[", "](")
        .endsWith("een twee");
  }
}
