package org.kennisbank.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kennisbank.core.ContentException;

class JudgmentsTest {

  @Test
  void reads_query_and_ids_and_skips_comments_and_blank_lines() {
    Judgments judgments = Judgments.parse("# header\n\npaspoort\tpaspoort, identiteitskaart\n", "j.tsv");

    assertThat(judgments.judgments()).singleElement().satisfies(judgment -> {
      assertThat(judgment.query()).isEqualTo("paspoort");
      assertThat(judgment.relevant()).containsExactly("paspoort", "identiteitskaart");
    });
  }

  @Test
  void columns_after_the_ids_are_not_read_as_ids() {
    Judgments judgments = Judgments.parse("ik word thuis mishandeld\tvrouwenopvang\thelplines\nwat kost een paspoort\tpaspoort\t\n", "chat.tsv");

    assertThat(judgments.judgments()).extracting(Judgments.Judgment::relevant)
        .containsExactly(java.util.List.of("vrouwenopvang"), java.util.List.of("paspoort"));
  }

  @Test
  void a_line_without_ids_names_its_file_and_line() {
    assertThatThrownBy(() -> Judgments.parse("# x\npaspoort\t\t\n", "j.tsv"))
        .isInstanceOf(ContentException.class)
        .hasMessageStartingWith("j.tsv:2: ");
  }
}
