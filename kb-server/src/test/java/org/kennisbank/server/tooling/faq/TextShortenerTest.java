package org.kennisbank.server.tooling.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextShortenerTest {

  @Test
  void text_that_fits_is_returned_unchanged() {
    assertThat(TextShortener.shorten("Kort genoeg.", 12)).isEqualTo("Kort genoeg.");
  }

  @Test
  void long_text_is_cut_after_the_last_whole_sentence() {
    String text = "Eerste zin is hier. Tweede zin volgt nu. Derde zin is te lang voor de ruimte.";

    assertThat(TextShortener.shorten(text, 50)).isEqualTo("Eerste zin is hier. Tweede zin volgt nu. …");
  }

  @Test
  void without_a_sentence_end_in_the_second_half_the_cut_is_at_a_word() {
    String text = "Kort. Daarna komt een heel lange zin zonder einde die maar doorgaat, en doorgaat";

    assertThat(TextShortener.shorten(text, 40)).isEqualTo("Kort. Daarna komt een heel lange zin…")
        .hasSizeLessThanOrEqualTo(40);
    assertThat(TextShortener.shorten("Een woord, twee woorden, drie woorden", 26)).isEqualTo("Een woord, twee woorden…");
  }

  @Test
  void abbreviations_and_lowercase_continuations_are_not_sentence_ends() {
    String text = "Neem bijv. uw pas mee, o.a. voor de balie en de rest van de afspraak die u maakt.";

    assertThat(TextShortener.shorten(text, 40)).isEqualTo("Neem bijv. uw pas mee, o.a. voor de…");
  }

  @Test
  void a_result_never_exceeds_the_maximum() {
    String text = "woord ".repeat(100).strip();
    for (int max = 10; max < 200; max++) {
      assertThat(TextShortener.shorten(text, max)).hasSizeLessThanOrEqualTo(max).endsWith("…");
    }
    assertThat(TextShortener.shorten("x".repeat(50), 20)).isEqualTo("x".repeat(19) + "…");
  }

  @Test
  void a_maximum_without_room_is_rejected() {
    assertThatThrownBy(() -> TextShortener.shorten("tekst", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLength must be at least 10; got: 3");
  }
}
